import { types } from 'pg';

// Business dates are calendar days (api-contract.md § Conventions): keep DATE as 'YYYY-MM-DD'
// instead of letting `pg` turn it into a JavaScript Date at local midnight. int8 and NUMERIC
// already arrive as strings, which keeps them exact.
const DATE_OID = 1082;
types.setTypeParser(DATE_OID, (value: string) => value);

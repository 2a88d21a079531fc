import { TextField } from '@gqt/platform';

/*
 * The contract's recurring formats (api-contract.md), each one definition on top of the limits of
 * @gqt/platform: a DTO field says what it is, and the pattern and length follow.
 */

/** The 18-character unified social credit code (GB 32100-2015); its check character is checked by the domain. */
export const UsccField = () =>
  TextField(18, { minLength: 18, pattern: /^[0-9A-Za-z]{18}$/, patternMessage: '$property must be 18 characters' });

/** A 6-digit administrative division code (GB/T 2260): a city, or 450000 for the region. */
export const DIVISION_CODE = /^\d{6}$/;
export const CityCodeField = () =>
  TextField(6, { pattern: DIVISION_CODE, patternMessage: '$property must be a 6-digit city code' });

/** The name of an enterprise, a bank or a person. */
export const NameField = () => TextField(200);

/** A user's name at login. */
export const UsernameField = () => TextField(64, { pattern: /^[A-Za-z0-9._@-]{3,64}$/ });

/** The `nextCursor` of a page: opaque base64url, null on the last page. */
export const NextCursorField = () => TextField(200, { pattern: /^[A-Za-z0-9_-]+$/ });

/** An access token: a JWS in compact serialisation. */
export const JWT_PATTERN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** A machine code such as a problem's `code` or an audit action. */
export const CodeField = () => TextField(100, { pattern: /^[A-Za-z][A-Za-z0-9_.:-]*$/ });

/** An enterprise's account on the national receivables financing service platform. */
export const PLATFORM_ACCOUNT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** A bank API client's public id. */
export const CLIENT_ID = /^gqt_[0-9a-f]+$/;

import type { DataSource } from 'typeorm';

export interface FaultSpec {
  /** The table whose inserted rows trigger the fault. */
  table: string;
  /** A condition on NEW that picks the test's own rows, e.g. `NEW.name = 'x'`. */
  when: string;
  /** What happens: an error with this SQLSTATE, or the connection ended (PostgreSQL only). */
  fault: { sqlState: string } | 'terminate-connection';
  /** How many times it happens; afterwards the rows go through. Default: every time. */
  times?: number;
  /** At COMMIT rather than at the INSERT (a deferred constraint trigger). */
  atCommit?: boolean;
}

export interface InjectedFault {
  /** How many times the trigger fired (faults and passes alike). */
  fired(): Promise<number>;
  remove(): Promise<void>;
}

let installed = 0;

/**
 * A fault the database itself produces, for tests of what the platform does about it: a trigger
 * that raises the given error (a serialization failure, a deadlock, any error) or ends its own
 * connection. A sequence counts the firings: sequences ignore rollbacks, so the count survives
 * the very transactions the fault aborts.
 */
export async function injectFault(db: DataSource, spec: FaultSpec): Promise<InjectedFault> {
  installed += 1;
  const name = `test_fault_${process.pid}_${installed}`;
  const action =
    spec.fault === 'terminate-connection'
      ? 'PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5);'
      : `RAISE EXCEPTION 'fault injected by a test' USING ERRCODE = '${spec.fault.sqlState}';`;
  await db.query(`CREATE SEQUENCE ${name}`);
  await db.query(`
    CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      firing bigint := nextval('${name}');
    BEGIN
      IF firing <= ${spec.times ?? 'firing'} THEN
        ${action}
      END IF;
      RETURN NEW;
    END $$`);
  await db.query(`
    CREATE ${spec.atCommit ? 'CONSTRAINT ' : ''}TRIGGER ${name} AFTER INSERT ON ${spec.table}
    ${spec.atCommit ? 'DEFERRABLE INITIALLY DEFERRED ' : ''}FOR EACH ROW WHEN (${spec.when})
    EXECUTE FUNCTION ${name}()`);
  return {
    fired: async () => {
      const [row] = await db.query<{ last_value: string; is_called: boolean }[]>(
        `SELECT last_value, is_called FROM ${name}`,
      );
      return row.is_called ? Number(row.last_value) : 0;
    },
    remove: async () => {
      await db.query(`DROP TRIGGER ${name} ON ${spec.table}`);
      await db.query(`DROP FUNCTION ${name}`);
      await db.query(`DROP SEQUENCE ${name}`);
    },
  };
}

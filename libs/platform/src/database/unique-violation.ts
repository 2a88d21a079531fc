import type { EntityManager } from 'typeorm';

const UNIQUE_VIOLATION = '23505';
let savepoints = 0;

/**
 * Runs a write that a unique constraint may refuse (a duplicate, or the loser of a race) inside a
 * savepoint, so the refusal does not abort the surrounding transaction. Returns the name of the
 * violated constraint, or null when the write succeeded. Must run inside a transaction.
 */
export async function violatedConstraint(
  manager: EntityManager,
  write: () => Promise<unknown>,
): Promise<string | null> {
  const savepoint = `unique_write_${(savepoints = (savepoints + 1) % 1_000_000)}`;
  await manager.query(`SAVEPOINT ${savepoint}`);
  try {
    await write();
    await manager.query(`RELEASE SAVEPOINT ${savepoint}`);
    return null;
  } catch (error) {
    const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
    if (driverError?.code !== UNIQUE_VIOLATION) throw error;
    await manager.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
    return driverError.constraint ?? 'unknown';
  }
}

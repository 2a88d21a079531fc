import { DataSource } from 'typeorm';

// Any 64-bit constant: it names "the schema migration" among advisory locks.
const MIGRATION_LOCK_KEY = 4_5020_0001;

/**
 * Runs pending migrations before the process serves anything. Several API and worker processes
 * may start at once on PostgreSQL: an advisory lock lets one migrate while the others wait.
 */
export async function runMigrations(dataSource: DataSource, serialised: boolean): Promise<void> {
  if (!serialised) {
    await dataSource.runMigrations({ transaction: 'all' });
    return;
  }
  const lockHolder = dataSource.createQueryRunner();
  try {
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockHolder.release();
  }
}

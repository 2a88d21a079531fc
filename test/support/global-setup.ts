import { createTestDatabase } from './databases';
import { laneVariable, POSTGRES_LANES } from './postgres-lanes';
import { spawnWorker } from './worker-process';

/**
 * With TEST_DATABASE_URL the run uses fresh PostgreSQL databases (house-style § 14), one per
 * lane (postgres-lanes.ts); without it every test file gets its own in-memory embedded database.
 * With REDIS_URL as well the run is in queue mode: the API in the test process only relays, and
 * each lane's apps/worker runs as its own process.
 */
export default async function globalSetup(): Promise<void> {
  // Webhook retries a test can wait for, in the test processes and in the run's workers alike.
  process.env.WEBHOOK_RETRY_BASE_MS ??= '200';
  process.env.WEBHOOK_TIMEOUT_MS ??= '2000';
  const server = process.env.TEST_DATABASE_URL;
  if (!server) return;
  const workers: unknown[] = [];
  for (let lane = 1; lane <= POSTGRES_LANES; lane++) {
    const databaseUrl = await createTestDatabase(server, `run${lane}`);
    const queuePrefix = `gqt-test-${Date.now().toString(36)}-${process.pid}-${lane}`;
    process.env[laneVariable('DATABASE_URL', lane)] = databaseUrl;
    process.env[laneVariable('QUEUE_PREFIX', lane)] = queuePrefix;
    if (process.env.REDIS_URL)
      workers.push(
        spawnWorker({
          DATABASE_URL: databaseUrl,
          QUEUE_PREFIX: queuePrefix,
          BOOTSTRAP_ADMIN_PASSWORD: 'Test-Admin-Password-1!',
          SEED_DEMO: 'false',
        }),
      );
  }
  (globalThis as { gqtWorkers?: unknown[] }).gqtWorkers = workers;
}

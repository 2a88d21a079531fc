import { createTestDatabase } from './databases';
import { spawnWorker } from './worker-process';

/**
 * With TEST_DATABASE_URL the run uses a fresh PostgreSQL database (house-style § 14); without it
 * every test file gets its own in-memory embedded database. With REDIS_URL as well the run is in
 * queue mode: the API in the test process only relays, and apps/worker runs as its own process.
 */
export default async function globalSetup(): Promise<void> {
  // Webhook retries a test can wait for, in the test processes and in the run's worker alike.
  process.env.WEBHOOK_RETRY_BASE_MS ??= '200';
  process.env.WEBHOOK_TIMEOUT_MS ??= '2000';
  const server = process.env.TEST_DATABASE_URL;
  if (!server) return;
  process.env.DATABASE_URL = await createTestDatabase(server, 'run');
  if (process.env.REDIS_URL) {
    process.env.QUEUE_PREFIX = `gqt-test-${Date.now().toString(36)}-${process.pid}`;
    const worker = spawnWorker({ BOOTSTRAP_ADMIN_PASSWORD: 'Test-Admin-Password-1!', SEED_DEMO: 'false' });
    (globalThis as { gqtWorker?: unknown }).gqtWorker = worker;
  }
}

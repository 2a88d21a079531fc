import type { ChildProcess } from 'node:child_process';
import { dropTestDatabase } from './databases';
import { stopWorker } from './worker-process';

export default async function globalTeardown(): Promise<void> {
  const worker = (globalThis as { gqtWorker?: ChildProcess }).gqtWorker;
  if (worker) await stopWorker(worker);
  const server = process.env.TEST_DATABASE_URL;
  if (server && process.env.DATABASE_URL) await dropTestDatabase(server, process.env.DATABASE_URL);
}

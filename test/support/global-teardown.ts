import type { ChildProcess } from 'node:child_process';
import { dropTestDatabase } from './databases';
import { laneVariable, POSTGRES_LANES } from './postgres-lanes';
import { stopWorker } from './worker-process';

export default async function globalTeardown(): Promise<void> {
  const workers = (globalThis as { gqtWorkers?: ChildProcess[] }).gqtWorkers ?? [];
  await Promise.all(workers.map((worker) => stopWorker(worker)));
  const server = process.env.TEST_DATABASE_URL;
  if (!server) return;
  for (let lane = 1; lane <= POSTGRES_LANES; lane++) {
    const databaseUrl = process.env[laneVariable('DATABASE_URL', lane)];
    if (databaseUrl) await dropTestDatabase(server, databaseUrl);
  }
}

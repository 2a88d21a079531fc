// Runs in a worker thread: creates a new embedded database folder (initdb) and exits. Creating the
// cluster grows PGlite's WebAssembly heap to ~700 MB, which a process never gives back; done in a
// thread that then ends, the serving process opens the finished folder at ~300 MB instead.
import { PGlite } from '@electric-sql/pglite';
import { workerData } from 'node:worker_threads';

async function initialise(dataDir: string): Promise<void> {
  const db = await PGlite.create(dataDir);
  await db.close();
}

void initialise((workerData as { dataDir: string }).dataDir);

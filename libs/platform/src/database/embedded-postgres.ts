import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * The embedded default: PostgreSQL 18 compiled to WASM (PGlite), reached through its socket
 * server so that the application talks to it with the same `pg` driver as to a real server.
 * PGlite is a single session, so the pool in front of it must hold exactly one connection
 * (stack-notes.md: more connections, or typeorm-pglite, lose concurrent locked updates).
 * PGlite never calls fsync: this mode is for trying the product, demos and a single node.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    readonly socketDir: string,
  ) {}

  static async start(dataDir: string, sharedBuffers: string): Promise<EmbeddedPostgres> {
    const inMemory = dataDir.startsWith('memory://');
    if (!inMemory) {
      mkdirSync(dataDir, { recursive: true });
      if (!existsSync(join(dataDir, 'PG_VERSION'))) await initialiseInThread(resolve(dataDir));
    }
    const db = await PGlite.create(inMemory ? undefined : resolve(dataDir), {
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffers}`],
    });
    // A Unix socket in a private folder: nothing else on the machine reaches the database.
    const socketDir = mkdtempSync(join(tmpdir(), 'gqt-pg-'));
    const server = new PGLiteSocketServer({ db, path: join(socketDir, '.s.PGSQL.5432'), maxConnections: 1 });
    await server.start();
    return new EmbeddedPostgres(db, server, socketDir);
  }

  /** `pg` connection options: a directory as host means its Unix socket. */
  get connection() {
    return { host: this.socketDir, port: 5432, username: 'postgres', database: 'postgres' };
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
    rmSync(this.socketDir, { recursive: true, force: true });
  }
}

/** See initialise-embedded.ts: a new cluster is created in a short-lived thread to spare memory. */
function initialiseInThread(dataDir: string): Promise<void> {
  return new Promise((done, fail) => {
    const worker = new Worker(join(__dirname, 'initialise-embedded.js'), { workerData: { dataDir } });
    worker.once('error', fail);
    worker.once('exit', (code) =>
      code === 0 ? done() : fail(new Error(`initialising the embedded database failed (${code})`)),
    );
  });
}

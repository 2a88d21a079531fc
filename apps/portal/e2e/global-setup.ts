import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
export const ADMIN_PASSWORD = 'Browser-Admin-Password-1!';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string, server: { exitCode: number | null }, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The API exited (${server.exitCode}) before it was ready:\n${log()}`);
    try {
      if ((await fetch(`${url}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The API was not ready within 120 s:\n${log()}`);
}

/** The demo users the seed printed once and kept in DATA_DIR/demo-credentials.txt, by username. */
function demoLogins(dataDir: string): Record<string, string> {
  const text = readFileSync(join(dataDir, 'demo-credentials.txt'), 'utf8');
  const logins: Record<string, string> = {};
  for (const match of text.matchAll(/^\s{4}([A-Z_]+)\s+(\S+)\s+(\S+)\s{3}/gm)) logins[match[2]] = match[3];
  return logins;
}

/**
 * Starts the built API (which serves the built portal) as `npm start` would, on a free port with a
 * fresh embedded database, the demo data and a known operator password; stops it at the end.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  for (const built of ['dist/apps/api/src/main.js', 'apps/portal/dist/index.html']) {
    if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run npm run build first`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'gqt-browser-'));
  let output = '';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    BOOTSTRAP_ADMIN_USERNAME: 'admin',
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LOG_LEVEL: 'warn',
  };
  // The embedded database and in-process jobs, as a new user's `npm start`.
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'EMBEDDED_DATABASE_DIR', 'PORTAL_DIR']) delete env[name];
  const server = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(baseUrl, server, () => output.slice(-4000));

  process.env.PORTAL_BASE_URL = baseUrl;
  process.env.PORTAL_LOGINS = JSON.stringify({ admin: ADMIN_PASSWORD, ...demoLogins(dataDir) });

  return async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => {
      const timer = setTimeout(() => {
        server.kill('SIGKILL');
        resolve(undefined);
      }, 10_000);
      server.once('exit', () => {
        clearTimeout(timer);
        resolve(undefined);
      });
    });
    rmSync(dataDir, { recursive: true, force: true });
  };
}

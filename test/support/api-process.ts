import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { stopWorker } from './worker-process';

const API_MAIN = join(__dirname, '..', '..', 'dist', 'apps', 'api', 'src', 'main.js');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ApiProcess {
  url: string;
  stop(): Promise<void>;
}

/** The built API as its own process on this run's database and queue; `npm run build` first. */
export async function spawnApiProcess(env: NodeJS.ProcessEnv = {}): Promise<ApiProcess> {
  if (!existsSync(API_MAIN)) throw new Error(`Multi-process tests need the built API: run \`npm run build\``);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [API_MAIN], {
    env: { ...process.env, LOG_LEVEL: 'warn', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API process exited with ${child.exitCode}`);
    const ready = await fetch(`${url}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error('the API process was not ready within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url: `${url}/api/v1`, stop: () => stopWorker(child) };
}

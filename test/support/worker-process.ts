import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const WORKER = join(__dirname, '..', '..', 'dist', 'apps', 'worker', 'src', 'main.js');

/** apps/worker as its own process (queue mode), from the build; `npm run build` first. */
export function spawnWorker(env: NodeJS.ProcessEnv): ChildProcess {
  if (!existsSync(WORKER))
    throw new Error(`Queue-mode tests need the built worker: run \`npm run build\` (${WORKER} is missing)`);
  return spawn(process.execPath, [WORKER], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

export async function stopWorker(worker: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.kill(signal);
  await exited;
}

// The production shape, started from the build as operators start it: N API processes and N
// workers (apps/worker) on one PostgreSQL database and one Redis prefix, each of which can be
// killed with SIGKILL and started again on the same port.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, freePort } from '../../bench/lib.mjs';

const API_MAIN = join(ROOT, 'dist/apps/api/src/main.js');
const WORKER_MAIN = join(ROOT, 'dist/apps/worker/src/main.js');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One API or worker process of the cluster, which can be killed and started again. */
class Member {
  constructor(kind, index, env, port, logDir) {
    this.logFile = join(logDir, `${kind}-${index + 1}.log`);
    this.kind = kind;
    this.index = index;
    this.env = env;
    this.port = port;
    this.child = undefined;
    this.exits = [];
  }

  get name() {
    return `${this.kind}-${this.index + 1}`;
  }

  get baseUrl() {
    return `http://127.0.0.1:${this.port}`;
  }

  get alive() {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  start() {
    const main = this.kind === 'api' ? API_MAIN : WORKER_MAIN;
    // Its log (pino, JSON lines) goes to a file of the run, kept when the run fails.
    const log = openSync(this.logFile, 'a');
    this.child = spawn(process.execPath, [main], {
      env: { ...process.env, ...this.env, ...(this.port ? { PORT: String(this.port) } : {}) },
      stdio: ['ignore', log, 'inherit'],
    });
    closeSync(log);
    const child = this.child;
    child.once('exit', (code, signal) => this.exits.push({ code, signal, expected: child.expectedExit === true }));
  }

  /** Waits until the API answers /health/ready (a worker is taken as ready once started). */
  async ready(timeoutMs = 120_000) {
    if (this.kind !== 'api') return sleep(1500);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.alive) throw new Error(`${this.name} exited before it was ready`);
      try {
        if ((await fetch(`${this.baseUrl}/health/ready`)).ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`${this.name} was not ready within ${timeoutMs} ms`);
      await sleep(200);
    }
  }

  /** kill -9: no shutdown hooks, no goodbye to the database or Redis. */
  async kill() {
    if (!this.alive) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.expectedExit = true;
    this.child.kill('SIGKILL');
    await exited;
  }

  async stop() {
    if (!this.alive) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.expectedExit = true;
    this.child.kill('SIGTERM');
    await exited;
  }

  /** The local ports of this process's TCP connections to `remotePort` (for CLIENT KILL). */
  connectionsTo(remotePort) {
    if (!this.alive) return [];
    const out = execFileSync('ss', ['-tnpH', 'state', 'established', `( dport = :${remotePort} )`], {
      encoding: 'utf8',
    });
    return out
      .split('\n')
      .filter((line) => line.includes(`pid=${this.child.pid},`))
      .map((line) => line.trim().split(/\s+/)[2])
      .filter(Boolean);
  }
}

/** Starts `apis` API processes (the first one migrates and creates the operator) and `workers` workers. */
export async function startCluster({ apis, workers, env, logDir }) {
  const processes = [];
  for (let i = 0; i < apis; i += 1) processes.push(new Member('api', i, env, await freePort(), logDir));
  for (let i = 0; i < workers; i += 1) processes.push(new Member('worker', i, env, undefined, logDir));
  // However this run ends, it leaves no process behind.
  process.once('exit', () => processes.forEach((p) => p.alive && p.child.kill('SIGKILL')));
  const [first, ...rest] = processes;
  first.start();
  await first.ready();
  for (const member of rest) member.start();
  await Promise.all(rest.map((member) => member.ready()));
  return {
    processes,
    apis: processes.filter((p) => p.kind === 'api'),
    workers: processes.filter((p) => p.kind === 'worker'),
    /** kill -9, then started again (on the same port) after `downMs`. */
    async crash(member, downMs = 1500) {
      await member.kill();
      await sleep(downMs);
      member.start();
      await member.ready();
    },
    async stop() {
      await Promise.all(processes.map((member) => member.stop()));
    },
    /** Exits nobody asked for (a process that crashed on its own is a finding). */
    unexpectedExits() {
      return processes.flatMap((p) =>
        p.exits.filter((exit) => !exit.expected).map((exit) => ({ process: p.name, ...exit })),
      );
    },
  };
}

// Helpers shared by benchmark scenarios: a fresh PostgreSQL database, the built API as its own
// process, latency percentiles over repeated HTTP requests, and result files.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';

export const ROOT = join(__dirname, '..', '..');
const API_MAIN = join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js');
export const ADMIN_PASSWORD = 'Bench-Admin-Password-1!';

export interface Measurement {
  name: string;
  runs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** The target (p95, or the whole duration) in ms, when the issue sets one. */
  targetMs?: number;
  note?: string;
}

export interface ScenarioResult {
  scenario: string;
  startedAt: string;
  machine: string;
  facts: Record<string, string | number>;
  measurements: Measurement[];
}

/** A fresh database on the server of BENCH_DATABASE_URL (default local PostgreSQL); its name says bench. */
export async function createBenchDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
  const name = `gqt_bench_${label}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RunningApi {
  base: string;
  stop(): Promise<void>;
}

/** Starts the built API (`npm run build` first) on its own port and waits until it is ready. */
export async function startApi(databaseUrl: string, dataDir: string): Promise<RunningApi> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [API_MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      BOOTSTRAP_ADMIN_USERNAME: 'admin',
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
      REDIS_URL: '',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} before it was ready`);
    const ready = await fetch(`${base}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error('the API was not ready within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    base,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function login(base: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

export async function call(base: string, token: string, path: string, init: RequestInit = {}): Promise<unknown> {
  const res = await fetch(`${base}/api/v1${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
  });
  const body: unknown = await res.json();
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (ms: number) => Math.round(ms * 10) / 10;

/** Times `action` `runs` times one after the other (after `warmup` untimed runs). */
export async function measure(
  name: string,
  action: () => Promise<unknown>,
  options: { runs?: number; warmup?: number; targetMs?: number; note?: string } = {},
): Promise<Measurement> {
  const runs = options.runs ?? 50;
  for (let i = 0; i < (options.warmup ?? 5); i += 1) await action();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    await action();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const measurement: Measurement = {
    name,
    runs,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    maxMs: round(times[times.length - 1]),
    ...(options.targetMs !== undefined ? { targetMs: options.targetMs } : {}),
    ...(options.note ? { note: options.note } : {}),
  };
  process.stdout.write(`  ${name}: p50 ${measurement.p50Ms} ms, p95 ${measurement.p95Ms} ms\n`);
  return measurement;
}

/** Writes bench/results/<scenario>.json and .md. */
export function writeResults(result: ScenarioResult): void {
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${result.scenario}.json`), `${JSON.stringify(result, null, 2)}\n`);
  const verdict = (m: Measurement) =>
    m.targetMs === undefined ? '' : m.p95Ms <= m.targetMs ? `≤ ${m.targetMs} ms ✔` : `≤ ${m.targetMs} ms ✘`;
  const lines = [
    `# Benchmark: ${result.scenario}`,
    '',
    `Run ${result.startedAt} on ${result.machine}.`,
    '',
    ...Object.entries(result.facts).map(([key, value]) => `- ${key}: ${value}`),
    '',
    '| Measurement | Runs | p50 (ms) | p95 (ms) | Max (ms) | Target (p95) | Note |',
    '|---|---:|---:|---:|---:|---|---|',
    ...result.measurements.map(
      (m) => `| ${m.name} | ${m.runs} | ${m.p50Ms} | ${m.p95Ms} | ${m.maxMs} | ${verdict(m)} | ${m.note ?? ''} |`,
    ),
    '',
  ];
  writeFileSync(join(dir, `${result.scenario}.md`), lines.join('\n'));
}

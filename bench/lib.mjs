// Shared machinery of the benchmark scenarios: servers started as users start them, fresh
// databases, HTTP helpers and latency statistics. No timing assertions: figures only.
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const ROOT = new URL('..', import.meta.url).pathname;
export const ADMIN_PASSWORD = 'Bench-Admin-Password-1!';

export function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A fresh database on the PostgreSQL server of `serverUrl`; its name says what it is for. */
export async function createDatabase(serverUrl, label, purpose = 'bench') {
  const name = `gqt_${purpose}_${label}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * Starts the built API (`dist/`) on a fresh database: embedded in a new data folder, or a new
 * PostgreSQL database when `postgresUrl` is given. Returns its base URL and how to stop it.
 */
export async function startServer({ target, postgresUrl, env = {}, nodeArgs = [] }) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'gqt-bench-'));
  const database = target === 'postgres' ? await createDatabase(postgresUrl, 'run') : undefined;
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'dist/apps/api/src/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: database?.url ?? '',
      REDIS_URL: '',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      BOOTSTRAP_ADMIN_USERNAME: 'admin',
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
      // Load generators are one caller sending thousands of requests a second.
      RATE_LIMIT_PER_MINUTE: '1000000',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server exited with ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the server was not ready within 180 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    api: `${baseUrl}/api/v1`,
    pid: child.pid,
    dataDir,
    databaseUrl: database?.url,
    /** Stops the server; the data stays until `dispose`. */
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
    async dispose() {
      await this.stop();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** One HTTP call; answers `{status, body, ms}` whatever the status. */
export async function send(api, method, path, { token, body } = {}) {
  const started = performance.now();
  const response = await fetch(`${api}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, ms: performance.now() - started };
}

/** One HTTP call that must succeed; answers its body. */
export async function call(api, method, path, options) {
  const response = await send(api, method, path, options);
  if (response.status >= 300)
    throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
  return response.body;
}

export const login = async (api, username, password) =>
  (await call(api, 'POST', '/auth/login', { body: { username, password } })).accessToken;

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function uscc(cityCode = '450200') {
  let body = '';
  for (let i = 0; i < 9; i += 1) body += String(randomInt(10));
  const first17 = `91${cityCode}${body}`;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += USCC_CHARS.indexOf(first17[i]) * USCC_WEIGHTS[i];
  return first17 + USCC_CHARS[(31 - (sum % 31)) % 31];
}

export const tag = () => `${Date.now().toString(36)}${randomInt(1e9).toString(36)}`;

/** A Shanghai calendar day shifted by `days`. */
export const day = (days = 0) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** A random 20-digit e-invoice number issued in Guangxi on `issueDate`. */
export function invoiceNumber(issueDate) {
  let tail = '';
  for (let i = 0; i < 15; i += 1) tail += String(randomInt(10));
  return `${issueDate.slice(2, 4)}451${tail}`;
}

/** An enterprise of `kind` with one user, logged in. */
export async function enterpriseWithUser(api, admin, kind, cityCode = '450200') {
  const fields = {
    CORE: { industry: 'INDUSTRY', employees: 12000, annualRevenue: '8000000000.00', ownership: 'STATE_OWNED' },
    SME: { industry: 'INDUSTRY', employees: 85, annualRevenue: '26000000.00', ownership: 'PRIVATE' },
    BANK: { industry: 'OTHER', employees: 3000, annualRevenue: '5000000000.00', ownership: 'STATE_OWNED' },
  }[kind];
  const enterprise = await call(api, 'POST', '/enterprises', {
    token: admin,
    body: { name: `基准测试企业 ${tag()}`, uscc: uscc(cityCode), kind, cityCode, ...fields },
  });
  const username = `bench-${tag()}`;
  const password = `Pw-${tag()}-x9!`;
  const role = { CORE: 'CORE_ENTERPRISE', SME: 'SME', BANK: 'BANK' }[kind];
  await call(api, 'POST', '/users', { token: admin, body: { username, password, role, enterpriseId: enterprise.id } });
  return { enterprise, token: await login(api, username, password) };
}

/** Percentiles of latencies in milliseconds. */
export function percentiles(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) =>
    sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const round = (v) => (v === null ? null : Math.round(v * 100) / 100);
  return { p50: round(at(50)), p90: round(at(90)), p99: round(at(99)), max: round(sorted[sorted.length - 1] ?? null) };
}

/** Runs `work` from `concurrency` loops for `durationMs`; returns its rate and latencies. */
export async function closedLoop(concurrency, durationMs, work) {
  const latencies = [];
  let errors = 0;
  const started = performance.now();
  const end = started + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          await work();
          latencies.push(performance.now() - t0);
        } catch (error) {
          errors += 1;
          if (errors === 1) console.error(error);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: latencies.length,
    errors,
    perSecond: Math.round(latencies.length / seconds),
    latencyMs: percentiles(latencies),
  };
}

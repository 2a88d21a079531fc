// `npm run chaos [-- --short] [--clients N] [--seconds S] [--apis N] [--workers N] [--no-faults] [--keep]`
//
// The production shape from the build (dist/): API and worker processes on a fresh PostgreSQL
// database and a Redis prefix of their own; clients with an Idempotency-Key on every POST drive
// the business while processes are killed with SIGKILL and started again, every database
// connection is terminated and every Redis connection dropped. Then the invariants are checked
// (test/chaos/invariants.mjs) and the figures printed. Exit code 1 when an invariant fails.
//
// PostgreSQL: CHAOS_DATABASE_URL (default postgres://$USER@127.0.0.1:5432/postgres, a server where
// the run may create a database); Redis: REDIS_URL (default redis://127.0.0.1:6379).
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createDatabase, percentiles } from '../../bench/lib.mjs';
import { startCluster } from './cluster.mjs';
import { dropRedisConnections, terminateDatabaseConnections } from './faults.mjs';
import { checkInvariants, outboxState, readModelDifferences, webhooksPending } from './invariants.mjs';
import { Figures, KeyedClient } from './keyed-client.mjs';
import { startWebhookReceiver } from './webhook-receiver.mjs';
import { Model, login, runClient, setUp } from './workload.mjs';

const { values: options } = parseArgs({
  options: {
    short: { type: 'boolean', default: false },
    clients: { type: 'string' },
    seconds: { type: 'string' },
    apis: { type: 'string', default: '2' },
    workers: { type: 'string', default: '2' },
    'no-faults': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const CLIENTS = Number(options.clients ?? (options.short ? 8 : 16));
const SECONDS = Number(options.seconds ?? (options.short ? 25 : 75));
const APIS = Number(options.apis);
const WORKERS = Number(options.workers);
const DRAIN_TIMEOUT_MS = 240_000;
const ADMIN_PASSWORD = `Chaos-Admin-${randomBytes(6).toString('hex')}`;

const serverUrl = process.env.CHAOS_DATABASE_URL || `postgres://${userInfo().username}@127.0.0.1:5432/postgres`;
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const started = performance.now();
const at = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const log = (message) => console.log(`[${at()}] ${message}`);

// Stopped from outside (Ctrl-C, a CI timeout): exit, so that the cluster's processes are killed too.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(1));

const database = await createDatabase(serverUrl, 'run', 'chaos');
const queuePrefix = `gqt-chaos-${Date.now().toString(36)}`;
const dataDir = mkdtempSync(join(tmpdir(), 'gqt-chaos-'));
const receiver = await startWebhookReceiver();
// A pool: its connections are terminated with everyone else's, and it opens new ones.
const db = new pg.Pool({ connectionString: database.url, max: 2 });
db.on('error', () => undefined);
let cluster;
let passed = false;
try {
  log(`database ${new URL(database.url).pathname.slice(1)}, queue prefix ${queuePrefix}`);
  cluster = await startCluster({
    apis: APIS,
    workers: WORKERS,
    logDir: dataDir,
    env: {
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: queuePrefix,
      DATA_DIR: dataDir,
      NODE_ENV: 'development',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      JWT_SECRET: randomBytes(48).toString('base64'),
      BOOTSTRAP_ADMIN_USERNAME: 'admin',
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
      DATABASE_POOL_SIZE: '8',
      WEBHOOK_RETRY_BASE_MS: '500',
      WEBHOOK_TIMEOUT_MS: '3000',
    },
  });
  log(`${APIS} API and ${WORKERS} worker processes ready`);

  const setupClient = new KeyedClient(cluster.apis, new Figures());
  const admin = await login(setupClient, 'admin', ADMIN_PASSWORD);
  const parties = await setUp(setupClient, { admin, clients: CLIENTS, webhookUrl: receiver.url });
  receiver.useSecret(parties.subscription.secret);
  log(`${CLIENTS} clients, each an SME with its own receivables; a bank subscribed to its webhooks`);

  const figures = new Figures();
  const model = new Model();
  const client = new KeyedClient(cluster.apis, figures);
  const loadStarted = performance.now();
  const loadEnds = loadStarted + SECONDS * 1000;
  const clients = Array.from({ length: CLIENTS }, (_, index) =>
    runClient(client, model, parties, index, () => performance.now() > loadEnds),
  );

  // Each fault at its moment of the load, whether or not the previous one is over (a killed
  // process may still be starting again when the next fault strikes).
  const faults = [];
  const inject = async (share, what, act) => {
    await sleep(Math.max(0, loadStarted + share * SECONDS * 1000 - performance.now()));
    const at = ((performance.now() - loadStarted) / 1000).toFixed(1);
    log(what);
    const result = await act();
    faults.push({ at: `${at} s`, what, result });
  };
  const [api1, api2 = api1] = cluster.apis;
  const [worker1, worker2 = worker1] = cluster.workers;
  const injected = options['no-faults']
    ? []
    : [
        inject(0.15, `kill -9 ${worker1.name}`, () => cluster.crash(worker1)),
        inject(0.3, `kill -9 ${api1.name}`, () => cluster.crash(api1)),
        inject(0.45, 'every database connection terminated', async () => {
          return `${await terminateDatabaseConnections(database.url)} sessions`;
        }),
        inject(0.6, 'every Redis connection of the processes dropped', async () => {
          return `${await dropRedisConnections(redisUrl, cluster.processes)} clients`;
        }),
        inject(0.75, `kill -9 ${api2.name} and ${worker2.name}`, async () => {
          await Promise.all([cluster.crash(api2), cluster.crash(worker2)]);
        }),
      ];
  await Promise.all(injected);
  const stories = (await Promise.all(clients)).reduce((sum, n) => sum + n, 0);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  log(`load over: ${figures.requests} requests, ${stories} stories in ${loadSeconds.toFixed(1)} s`);

  // Drained: every event handled, every webhook delivered, the read model caught up.
  const drainStarted = performance.now();
  for (;;) {
    const outbox = await outboxState(db);
    const webhooks = await webhooksPending(db, parties.subscription.id);
    const differing = await readModelDifferences(db);
    if (outbox.pending + outbox.parked + webhooks.pending + differing === 0) break;
    if (performance.now() - drainStarted > DRAIN_TIMEOUT_MS) {
      log(`not drained after ${DRAIN_TIMEOUT_MS / 1000} s: ${JSON.stringify({ outbox, webhooks, differing })}`);
      break;
    }
    await sleep(250);
  }
  const drainSeconds = (performance.now() - drainStarted) / 1000;
  log(`drained in ${drainSeconds.toFixed(1)} s`);

  const results = await checkInvariants({
    db,
    client: setupClient,
    admin,
    model,
    parties,
    receiver,
    figures,
    cluster,
  });
  const latency = percentiles(figures.latencies);
  console.log('\n== Figures');
  console.log(`  processes          ${APIS} API + ${WORKERS} workers, ${CLIENTS} clients, ${SECONDS} s of load`);
  console.log(`  (a killed process is started again at once; fault times are seconds into the load)`);
  console.log(
    `  requests           ${figures.requests} (${Math.round(figures.requests / loadSeconds)}/s), ${stories} stories`,
  );
  console.log(`  by status          ${JSON.stringify(figures.byStatus)}`);
  console.log(`  network errors     ${figures.networkErrors}`);
  console.log(
    `  writes in doubt    ${figures.inDoubt} (${figures.settledByReplay} settled by the stored first answer, the rest ran once on the retry)`,
  );
  console.log(
    `  answer latency ms  p50 ${latency.p50}, p90 ${latency.p90}, p99 ${latency.p99}, max ${latency.max} (retries included)`,
  );
  console.log(`  time to drain      ${drainSeconds.toFixed(1)} s after the load`);
  console.log(
    `  webhooks           ${receiver.figures.requests} requests received, ${receiver.figures.refused} refused once on purpose`,
  );
  for (const fault of faults) {
    console.log(`  fault at ${fault.at.padStart(7)}  ${fault.what}${fault.result ? ` (${fault.result})` : ''}`);
  }
  console.log('\n== Invariants');
  for (const result of results) console.log(`  ${result.ok ? 'ok  ' : 'FAIL'}  ${result.name}: ${result.detail}`);
  passed = results.every((result) => result.ok);
  console.log(`\n${passed ? 'PASSED' : 'FAILED'} in ${at()}`);
} catch (error) {
  console.error(error);
} finally {
  await cluster?.stop();
  await receiver.stop();
  await db.end().catch(() => undefined);
  if (passed && !options.keep) rmSync(dataDir, { recursive: true, force: true });
  else console.log(`the processes' logs: ${dataDir}/*.log`);
  if (!options.keep) {
    await database.drop();
    await removeQueue(redisUrl, queuePrefix);
  } else console.log(`kept: ${database.url}, queue prefix ${queuePrefix}`);
}
process.exit(passed ? 0 : 1);

/** The run's bull keys; the Redis is shared with other runs. */
async function removeQueue(url, prefix) {
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

// One chaos run: the production shape from the build (dist/), API and worker processes on a fresh
// PostgreSQL database and a Redis prefix of their own; clients with an Idempotency-Key on every
// POST drive the business while (unless `faults` is false) processes are killed with SIGKILL and
// started again, every database connection is terminated and every Redis connection dropped.
// Then the invariants (invariants.mjs). Used by `npm run chaos` and by the scale-out benchmark.
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDatabase, percentiles } from '../../bench/lib.mjs';
import { startCluster } from './cluster.mjs';
import { cpuSnapshot, cpuSpent, databaseCounters } from './costs.mjs';
import { dropRedisConnections, terminateDatabaseConnections } from './faults.mjs';
import { checkInvariants, outboxState, readModelDifferences, webhooksPending } from './invariants.mjs';
import { Figures, KeyedClient } from './keyed-client.mjs';
import { startWebhookReceiver } from './webhook-receiver.mjs';
import { Model, login, runClient, setUp } from './workload.mjs';

const DRAIN_TIMEOUT_MS = 240_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs the cluster under load and returns `{passed, figures, invariants, faults}`. PostgreSQL:
 * CHAOS_DATABASE_URL (default postgres://$USER@127.0.0.1:5432/postgres, a server where the run may
 * create a database); Redis: REDIS_URL (default redis://127.0.0.1:6379).
 */
export async function runChaos({
  apis,
  workers,
  clients,
  seconds,
  faults = true,
  keep = false,
  log = () => {},
  serverUrl = process.env.CHAOS_DATABASE_URL || `postgres://${userInfo().username}@127.0.0.1:5432/postgres`,
}) {
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  const adminPassword = `Chaos-Admin-${randomBytes(6).toString('hex')}`;
  const database = await createDatabase(serverUrl, 'run', 'chaos');
  const queuePrefix = `gqt-chaos-${Date.now().toString(36)}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'gqt-chaos-'));
  const receiver = await startWebhookReceiver();
  // A pool: its connections are terminated with everyone else's, and it opens new ones.
  const db = new pg.Pool({ connectionString: database.url, max: 2 });
  db.on('error', () => undefined);
  let cluster;
  let outcome = { passed: false };
  try {
    log(`database ${new URL(database.url).pathname.slice(1)}, queue prefix ${queuePrefix}`);
    cluster = await startCluster({
      apis,
      workers,
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
        BOOTSTRAP_ADMIN_PASSWORD: adminPassword,
        DATABASE_POOL_SIZE: '8',
        WEBHOOK_RETRY_BASE_MS: '500',
        WEBHOOK_TIMEOUT_MS: '3000',
      },
    });
    log(`${apis} API and ${workers} worker processes ready`);

    const setupClient = new KeyedClient(cluster.apis, new Figures());
    const admin = await login(setupClient, 'admin', adminPassword);
    const parties = await setUp(setupClient, { admin, clients, webhookUrl: receiver.url });
    receiver.useSecret(parties.subscription.secret);
    log(`${clients} clients, each an SME with its own receivables; a bank subscribed to its webhooks`);

    const figures = new Figures();
    const model = new Model();
    const client = new KeyedClient(cluster.apis, figures);
    const cpuBefore = await cpuSnapshot(cluster, db);
    const countersBefore = await databaseCounters(db);
    const loadStarted = performance.now();
    const loadEnds = loadStarted + seconds * 1000;
    const running = Array.from({ length: clients }, (_, index) =>
      runClient(client, model, parties, index, () => performance.now() > loadEnds),
    );
    const injected = faults ? await injectFaults({ cluster, seconds, loadStarted, database, redisUrl, log }) : [];
    const stories = (await Promise.all(running)).reduce((sum, n) => sum + n, 0);
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
    // Killed processes take their CPU time with them: only a run without faults accounts for all of it.
    const cpu = faults ? undefined : cpuSpent(cpuBefore, await cpuSnapshot(cluster, db));
    const countersAfter = await databaseCounters(db);
    const invariants = await checkInvariants({
      db,
      client: setupClient,
      admin,
      model,
      parties,
      receiver,
      figures,
      cluster,
    });
    outcome = {
      passed: invariants.every((result) => result.ok),
      invariants,
      faults: injected,
      figures: {
        apis,
        workers,
        clients,
        seconds,
        requests: figures.requests,
        perSecond: Math.round(figures.requests / loadSeconds),
        stories,
        storiesPerSecond: Math.round((stories / loadSeconds) * 10) / 10,
        byStatus: figures.byStatus,
        networkErrors: figures.networkErrors,
        inDoubt: figures.inDoubt,
        settledByReplay: figures.settledByReplay,
        latencyMs: percentiles(figures.latencies),
        drainSeconds: Math.round(drainSeconds * 10) / 10,
        // CPU per story, load and drain together: the API and worker processes, and PostgreSQL.
        cpuMsPerStory: cpu && {
          node: Math.round(cpu.node / stories),
          postgres: Math.round(cpu.postgres / stories),
        },
        // Everything the database committed and wrote per story, events, webhooks and polling included.
        commitsPerStory: Math.round((countersAfter.commits - countersBefore.commits) / stories),
        rowsPerStory: Math.round((countersAfter.rows - countersBefore.rows) / stories),
        // Growth of the database (tables and indexes) per story; idempotency keys leave after 24 h.
        kilobytesPerStory: Math.round((countersAfter.bytes - countersBefore.bytes) / stories / 1024),
        webhookRequests: receiver.figures.requests,
        webhooksRefusedOnPurpose: receiver.figures.refused,
      },
    };
    return outcome;
  } finally {
    await cluster?.stop();
    await receiver.stop();
    await db.end().catch(() => undefined);
    if (outcome.passed && !keep) rmSync(dataDir, { recursive: true, force: true });
    else log(`the processes' logs: ${dataDir}/*.log`);
    if (keep) log(`kept: ${database.url}, queue prefix ${queuePrefix}`);
    else {
      await database.drop();
      await removeQueue(redisUrl, queuePrefix);
    }
  }
}

/**
 * Each fault at its moment of the load, whether or not the previous one is over (a killed
 * process may still be starting again when the next fault strikes). Returns what was done when.
 */
async function injectFaults({ cluster, seconds, loadStarted, database, redisUrl, log }) {
  const done = [];
  const inject = async (share, what, act) => {
    await sleep(Math.max(0, loadStarted + share * seconds * 1000 - performance.now()));
    const at = ((performance.now() - loadStarted) / 1000).toFixed(1);
    log(what);
    const result = await act();
    done.push({ at: `${at} s`, what, result });
  };
  const [api1, api2 = api1] = cluster.apis;
  const [worker1, worker2 = worker1] = cluster.workers;
  await Promise.all([
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
  ]);
  return done.sort((a, b) => parseFloat(a.at) - parseFloat(b.at));
}

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

import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { API, startApi, type TestApi } from '../../support/api';
import { useOwnDatabase } from '../../support/databases';
import { eventually } from '../../support/eventually';
import { WebhookReceiver } from '../../support/webhook-receiver';
import { spawnWorker, stopWorker } from '../../support/worker-process';
import { adminToken } from '../../factories/enterprises';
import { confirmedReceivable, financingParties, requestFinancing } from '../../factories/financing';

const queueMode = Boolean(process.env.REDIS_URL && process.env.TEST_DATABASE_URL);
const ROOT = join(__dirname, '..', '..', '..');

/**
 * Queue mode only (REDIS_URL and TEST_DATABASE_URL): a worker killed with SIGKILL in the middle
 * of a delivery loses nothing; another worker sends it once the first one's lease runs out.
 * The test has a database and a queue prefix of its own on the run's servers, so that it knows
 * which worker holds the delivery (the run's own worker would otherwise compete for it).
 */
(queueMode ? describe : describe.skip)('a worker killed mid-delivery', () => {
  const saved = { DATABASE_URL: process.env.DATABASE_URL, QUEUE_PREFIX: process.env.QUEUE_PREFIX };
  let dropDatabase: (() => Promise<void>) | undefined;
  let api: TestApi;
  let receiver: WebhookReceiver;
  const workers: ChildProcess[] = [];

  const worker = () => {
    const started = spawnWorker({
      // An attempt gives up after 3 s, so a delivery's lease runs out after 11 s.
      WEBHOOK_TIMEOUT_MS: '3000',
      BOOTSTRAP_ADMIN_PASSWORD: 'Test-Admin-Password-1!',
      SEED_DEMO: 'false',
    });
    workers.push(started);
    return started;
  };

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist', 'apps', 'worker', 'src', 'main.js'))) {
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    }
    dropDatabase = await useOwnDatabase('webhook_crash');
    process.env.QUEUE_PREFIX = `${saved.QUEUE_PREFIX ?? 'gqt-test'}-crash-${Date.now().toString(36)}`;
    api = await startApi();
    // The first request never gets an answer (the worker dies waiting); later ones are accepted.
    receiver = await WebhookReceiver.start((n) => (n === 0 ? 'hang' : 200));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(workers.map((w) => stopWorker(w)));
    await receiver?.stop();
    await api?.close();
    await dropDatabase?.();
    Object.assign(process.env, saved);
  });

  it('leaves the delivery to another worker, which sends it with the same delivery id', async () => {
    const first = worker();
    const admin = await adminToken(api.http);
    const parties = await financingParties(api.http, admin);
    const subscription = await api.http
      .post(`${API}/webhook-subscriptions`)
      .auth(parties.bankApi, { type: 'bearer' })
      .send({ url: receiver.url, events: ['financing_request.submitted'] });
    expect(subscription.status).toBe(201);
    const receivableId = await confirmedReceivable(api.http, parties);
    const request = await requestFinancing(api.http, parties.sme.token, parties.bank.enterprise.id, [receivableId]);
    expect(request.status).toBe(201);

    await eventually(async () => (receiver.received.length === 1 ? true : undefined), 60_000, 'the first attempt');
    await stopWorker(first, 'SIGKILL');
    expect(first.signalCode).toBe('SIGKILL');

    worker();
    const [killed, resent] = await eventually(
      async () => (receiver.received.length >= 2 ? receiver.received : undefined),
      90_000,
      'the delivery by the second worker',
    );
    expect(resent.headers['x-gqt-delivery']).toBe(killed.headers['x-gqt-delivery']);
    expect(resent.body).toBe(killed.body);
    expect(JSON.parse(resent.body).data.id).toBe(request.body.id);

    const delivered = await eventually(async () => {
      const log = await api.http
        .get(`${API}/webhook-subscriptions/${subscription.body.id}/deliveries`)
        .auth(parties.bankApi, { type: 'bearer' });
      return log.body.items.find((a: { status: number | null }) => a.status === 200);
    });
    expect(delivered.eventId).toBe(killed.headers['x-gqt-delivery']);
    const [state] = await api.app
      .get(DataSource)
      .query('SELECT state FROM webhook_deliveries WHERE event_id = $1', [delivered.eventId]);
    expect(state).toEqual({ state: 'DELIVERED' });
  }, 180_000);
});

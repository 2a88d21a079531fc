import type { ChildProcess } from 'node:child_process';
import { DataSource } from 'typeorm';
import { API, startApi, type TestApi } from '../../support/api';
import { useOwnDatabase } from '../../support/databases';
import { eventually } from '../../support/eventually';
import { spawnWorker, stopWorker } from '../../support/worker-process';
import { adminToken, coreFields, regulator } from '../../factories/enterprises';

const queueMode = Boolean(process.env.REDIS_URL && process.env.TEST_DATABASE_URL);
const EVENTS = 200;

/** Queue mode only (CI runs it): a worker SIGKILLed while it works loses nothing and repeats nothing. */
(queueMode ? describe : describe.skip)('a worker killed in the middle of its jobs', () => {
  let api: TestApi;
  let dropDatabase: () => Promise<void>;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    dropDatabase = await useOwnDatabase('crash');
    process.env.QUEUE_PREFIX = `gqt-crash-${Date.now().toString(36)}`;
    api = await startApi();
  });
  afterAll(async () => {
    await Promise.all(workers.map((worker) => stopWorker(worker)));
    await api.close();
    await dropDatabase();
  });

  const count = async (sql: string) => Number((await api.app.get(DataSource).query<{ n: string }[]>(sql))[0].n);
  const notified = () => count(`SELECT count(*) AS n FROM notifications WHERE kind = 'enterprise.registered'`);

  it('hands every event to another worker, and each effect happens once', async () => {
    const admin = await adminToken(api.http);
    await regulator(api.http, admin, '450000');
    workers.push(spawnWorker({}));
    const registering = (async () => {
      for (let batch = 0; batch < EVENTS / 20; batch += 1) {
        await Promise.all(
          Array.from({ length: 20 }, () =>
            api.http.post(`${API}/enterprises`).auth(admin, { type: 'bearer' }).send(coreFields()),
          ),
        );
      }
    })();
    await eventually(
      async () => ((await notified()) >= EVENTS / 5 ? true : undefined),
      60_000,
      'the first worker to get going',
    );
    await stopWorker(workers[0], 'SIGKILL');
    const atKill = await notified();
    workers.push(spawnWorker({}));
    await registering;
    await eventually(
      async () =>
        (await count('SELECT count(*) AS n FROM outbox_events WHERE completed_at IS NULL')) === 0 ? true : undefined,
      150_000,
      'every event to complete',
    );
    expect(atKill).toBeLessThan(EVENTS);
    expect(await notified()).toBe(EVENTS);
    expect(
      await count(`SELECT count(DISTINCT entity_id) AS n FROM notifications WHERE kind = 'enterprise.registered'`),
    ).toBe(EVENTS);
  }, 240_000);
});

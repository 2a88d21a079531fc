import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { API, startApi, type TestApi } from '../../support/api';
import { eventually } from '../../support/eventually';
import { injectFault, type FaultSpec } from '../../support/faults';
import { adminToken, coreFields, regulator } from '../../factories/enterprises';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/**
 * Faults that are nobody's fault (a serialization failure, a deadlock, a lost connection) are
 * retried within the request on a fresh connection; what cannot get through answers 503 with
 * Retry-After, never 500; and a keyed request's answer commits with its effect, so that a retry
 * after any failure gets the first answer or runs once. The database itself produces the faults.
 */
describe('transient faults', () => {
  let api: TestApi;
  let admin: string;

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
  });
  afterAll(() => api.close());

  const db = () => api.app.get(DataSource);
  const create = (fields: object, key?: string) => {
    const call = api.http.post(`${API}/enterprises`).auth(admin, { type: 'bearer' });
    if (key) call.set('Idempotency-Key', key);
    return call.send(fields);
  };
  const stored = async (name: string) =>
    Number((await db().query<{ n: string }[]>('SELECT count(*) AS n FROM enterprises WHERE name = $1', [name]))[0].n);
  const withFault = async <T>(spec: FaultSpec, run: (fired: () => Promise<number>) => Promise<T>) => {
    const fault = await injectFault(db(), spec);
    try {
      return await run(fault.fired);
    } finally {
      await fault.remove();
    }
  };
  const onEnterprise = (name: string) => ({ table: 'enterprises', when: `NEW.name = '${name}'` });

  it('runs a transaction again after serialization failures, and the change happens once', async () => {
    const fields = coreFields();
    await withFault({ ...onEnterprise(fields.name), fault: { sqlState: '40001' }, times: 2 }, async (fired) => {
      const response = await create(fields);
      expect(response.status).toBe(201);
      expect(await fired()).toBe(3);
    });
    expect(await stored(fields.name)).toBe(1);
  });

  it('retries a keyed request the same way, and keeps its answer', async () => {
    const fields = coreFields();
    const key = randomUUID();
    const first = await withFault({ ...onEnterprise(fields.name), fault: { sqlState: '40P01' }, times: 1 }, () =>
      create(fields, key),
    );
    expect(first.status).toBe(201);
    const again = await create(fields, key);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await stored(fields.name)).toBe(1);
  });

  it('answers 503 with Retry-After when the fault persists; nothing is written and nothing kept', async () => {
    const fields = coreFields();
    const key = randomUUID();
    const refused = await withFault({ ...onEnterprise(fields.name), fault: { sqlState: '40P01' } }, async (fired) => {
      const response = await create(fields, key);
      expect(await fired()).toBeGreaterThan(1);
      return response;
    });
    expect(refused.status).toBe(503);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.body).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(await stored(fields.name)).toBe(0);
    // The fault is gone: the retry with the same key runs, once.
    const retried = await create(fields, key);
    expect(retried.status).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect(await stored(fields.name)).toBe(1);
  });

  it('commits a keyed answer with its effect: if the answer cannot be written, neither is the effect', async () => {
    // As if the process died between the effect and its answer: no second effect on the retry,
    // and no refusal of a change that was in fact made (the previous scheme wrote them apart).
    const fields = coreFields();
    const key = randomUUID();
    const failed = await withFault(
      { table: 'idempotency_keys', when: `NEW.key = '${key}'`, fault: { sqlState: 'XX000' }, times: 1 },
      () => create(fields, key),
    );
    expect(failed.status).toBe(500);
    expect(await stored(fields.name)).toBe(0);
    const retried = await create(fields, key);
    expect(retried.status).toBe(201);
    expect(await stored(fields.name)).toBe(1);
  });

  it('retries an event handler through a transient fault, and does not count it against the event', async () => {
    // Regulators of the city hear of a new enterprise: their notification meets 6 deadlocks, more
    // than one transaction's retries (4); the handler's job fails and the queue runs it again.
    await regulator(api.http, admin, '451300');
    const fields = coreFields('451300');
    const notified = async () => {
      const [row] = await db().query<{ n: string; users: string }[]>(
        'SELECT count(*) AS n, count(DISTINCT user_id) AS users FROM notifications WHERE title LIKE $1',
        [`%${fields.name}%`],
      );
      return { notifications: Number(row.n), recipients: Number(row.users) };
    };
    await withFault(
      { table: 'notifications', when: `NEW.title LIKE '%${fields.name}%'`, fault: { sqlState: '40P01' }, times: 6 },
      async (fired) => {
        expect((await create(fields)).status).toBe(201);
        await eventually(async () => ((await notified()).notifications > 0 ? true : undefined), 30_000, 'the notice');
        expect(await fired()).toBeGreaterThan(6);
      },
    );
    // Each of the city's regulators (other test files add some on PostgreSQL) is told once.
    const { notifications, recipients } = await notified();
    expect(notifications).toBe(recipients);
    const [counted] = await db().query<{ n: string }[]>(
      `SELECT count(*) AS n FROM event_handler_failures f JOIN outbox_events o ON o.id = f.event_id
        WHERE o.type = 'enterprise.registered' AND o.payload->>'name' = $1`,
      [fields.name],
    );
    expect(counted.n).toBe('0');
  });

  (onPostgres ? describe : describe.skip)('lost connections (PostgreSQL)', () => {
    it('runs the transaction again on a fresh connection when its connection is terminated', async () => {
      const fields = coreFields();
      await withFault({ ...onEnterprise(fields.name), fault: 'terminate-connection', times: 1 }, async (fired) => {
        const response = await create(fields);
        expect(response.status).toBe(201);
        expect(await fired()).toBe(2);
      });
      expect(await stored(fields.name)).toBe(1);
    });

    it('settles a COMMIT whose outcome is unknown by the key: it did not commit, so the request runs once', async () => {
      const fields = coreFields();
      const key = randomUUID();
      const response = await withFault(
        { ...onEnterprise(fields.name), fault: 'terminate-connection', times: 1, atCommit: true },
        () => create(fields, key),
      );
      expect(response.status).toBe(201);
      expect(await stored(fields.name)).toBe(1);
      const again = await create(fields, key);
      expect(again.body).toEqual(response.body);
    });

    it('answers 503 (not 500) when a COMMIT of a request without a key has an unknown outcome', async () => {
      const fields = coreFields();
      const response = await withFault(
        { ...onEnterprise(fields.name), fault: 'terminate-connection', times: 1, atCommit: true },
        () => create(fields),
      );
      expect(response.status).toBe(503);
      expect(response.body.code).toBe('SERVICE_UNAVAILABLE');
      expect(response.body.detail).toContain('Idempotency-Key');
      expect(await stored(fields.name)).toBe(0);
    });
  });
});

import { randomUUID } from 'node:crypto';
import { EventHandlers, JobQueue, JobRegistry } from '@gqt/platform';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSource } from 'typeorm';
import { API, startApi, type TestApi } from '../../support/api';
import { eventually } from '../../support/eventually';
import { adminToken, coreFields, regulator } from '../../factories/enterprises';

/**
 * Domain events reach their handlers after commit, in-process or through bull and apps/worker
 * (whichever mode the run uses), at least once, and each handler's effect happens exactly once.
 */
describe('the outbox', () => {
  let api: TestApi;
  let admin: string;
  let watcher: string;

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    watcher = await regulator(api.http, admin, '451300');
  });
  afterAll(() => api.close());

  const db = () => api.app.get(DataSource);
  const inbox = async (entityId: string) =>
    (
      (await api.http.get(`${API}/notifications?limit=200`).auth(watcher, { type: 'bearer' })).body.items as {
        entityId: string;
      }[]
    ).filter((n) => n.entityId === entityId);

  /**
   * An event of a test-only type, marked dispatched so that no relay hands it on while the test
   * runs its handlers itself; events written one after another occur in that order.
   */
  const dispatchedEvent = async (type: string, payload: object = {}) => {
    const id = randomUUID();
    await db().query(
      `INSERT INTO outbox_events (id, type, aggregate_type, aggregate_id, payload, occurred_at, dispatched_at, dispatch_count)
       VALUES ($1, $2, 'test', $1, $3, clock_timestamp(), now(), 1)`,
      [id, type, JSON.stringify(payload)],
    );
    return id;
  };

  it('delivers an event to its handler after the change commits', async () => {
    const enterprise = (
      await api.http.post(`${API}/enterprises`).auth(admin, { type: 'bearer' }).send(coreFields('451300'))
    ).body;
    const delivered = await eventually(async () =>
      (await inbox(enterprise.id)).length > 0 ? inbox(enterprise.id) : undefined,
    );
    expect(delivered).toHaveLength(1);
    const [row] = await db().query<{ completed_at: Date | null }[]>(
      `SELECT completed_at FROM outbox_events WHERE aggregate_id = $1 AND type = 'enterprise.registered'`,
      [enterprise.id],
    );
    await eventually(async () => {
      const [current] = await db().query<{ completed_at: Date | null }[]>(
        `SELECT completed_at FROM outbox_events WHERE aggregate_id = $1`,
        [enterprise.id],
      );
      return current.completed_at ?? undefined;
    });
    expect(row).toBeDefined();
  });

  it('handles a redelivered event only once', async () => {
    const enterprise = (
      await api.http.post(`${API}/enterprises`).auth(admin, { type: 'bearer' }).send(coreFields('451300'))
    ).body;
    await eventually(async () => ((await inbox(enterprise.id)).length > 0 ? true : undefined));
    const [event] = await db().query<{ id: string }[]>(`SELECT id FROM outbox_events WHERE aggregate_id = $1`, [
      enterprise.id,
    ]);
    // As if the queue had lost the acknowledgement: the relay sees the event again, and the
    // handler's job runs a second time.
    await db().query(`UPDATE outbox_events SET completed_at = NULL, dispatched_at = NULL WHERE id = $1`, [event.id]);
    await api.app
      .get(JobQueue)
      .enqueue(
        'events.handle',
        { eventIds: [event.id], handler: 'notifications.enterprise-registered' },
        { jobId: `again:${event.id}` },
      );
    await eventually(async () => {
      const [row] = await db().query<{ completed_at: Date | null }[]>(
        `SELECT completed_at FROM outbox_events WHERE id = $1`,
        [event.id],
      );
      return row.completed_at ?? undefined;
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await inbox(enterprise.id)).toHaveLength(1);
  });

  it('completes an event as soon as its last handler commits, even when handlers overlap', async () => {
    // Two handlers that hold their transactions open at the same time: neither sees the other's
    // record of having run, so completion must be decided after commit, not inside it.
    const txHost: TransactionHost<TransactionalAdapterTypeOrm> = api.app.get(TransactionHost);
    const slow = async () => void (await txHost.tx.query('SELECT pg_sleep(0.2)'));
    const handlers = api.app.get(EventHandlers);
    handlers.on('test.overlap-a', ['test.overlapping'], slow);
    handlers.on('test.overlap-b', ['test.overlapping'], slow);
    const eventId = await dispatchedEvent('test.overlapping');
    const jobs = api.app.get(JobRegistry);
    await Promise.all(
      ['test.overlap-a', 'test.overlap-b'].map((handler) =>
        jobs.run('events.handle', { eventIds: [eventId], handler }),
      ),
    );
    const [row] = await db().query<{ completed_at: Date | null }[]>(
      'SELECT completed_at FROM outbox_events WHERE id = $1',
      [eventId],
    );
    expect(row.completed_at).toEqual(expect.any(Date));
  });

  it('hands a batch handler the events together, and one event it refuses does not hold back the others', async () => {
    const calls: string[][] = [];
    api.app.get(EventHandlers).onBatch('test.batch', ['test.batched'], async (events) => {
      calls.push(events.map((event) => event.id));
      if (events.some((event) => (event.payload as { poison?: boolean }).poison)) throw new Error('poisoned');
    });
    const ids: string[] = [];
    for (const poison of [false, true, false]) ids.push(await dispatchedEvent('test.batched', { poison }));
    const jobs = api.app.get(JobRegistry);
    const failures = async () =>
      db().query<{ event_id: string; attempts: number; parked: boolean }[]>(
        `SELECT event_id, attempts, parked_at IS NOT NULL AS parked FROM event_handler_failures
          WHERE handler = 'test.batch' AND event_id = ANY($1::uuid[])`,
        [ids],
      );
    // The job succeeds: the refusal is counted against the one event, which is handed on again later.
    await jobs.run('events.handle', { handler: 'test.batch', eventIds: ids });
    expect(calls).toEqual([ids, [ids[0]], [ids[1]], [ids[2]]]);
    expect(await failures()).toEqual([{ event_id: ids[1], attempts: 1, parked: false }]);
    // Keep the relay's hands off: this test runs the handler itself.
    await db().query('UPDATE outbox_events SET redispatch_at = NULL WHERE id = ANY($1::uuid[])', [ids]);
    const rows = await db().query<{ id: string; completed_at: Date | null; processed: boolean }[]>(
      `SELECT o.id, o.completed_at,
              EXISTS (SELECT FROM processed_events p WHERE p.event_id = o.id AND p.handler = 'test.batch') AS processed
         FROM outbox_events o WHERE o.id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], o.id)`,
      [ids],
    );
    expect(rows.map((row) => [row.processed, row.completed_at !== null])).toEqual([
      [true, true],
      [false, false],
      [true, true],
    ]);
    // Run again (as a retry would): only the refused event is handed on.
    await jobs.run('events.handle', { handler: 'test.batch', eventIds: ids });
    expect(new Set(calls.slice(4).flat())).toEqual(new Set([ids[1]]));
    expect(await failures()).toEqual([{ event_id: ids[1], attempts: 2, parked: false }]);
    await db().query('UPDATE outbox_events SET completed_at = now() WHERE id = ANY($1::uuid[])', [ids]);
  });

  it('writes nothing, not even an event, when the change is refused', async () => {
    const fields = coreFields('451300');
    await api.http.post(`${API}/enterprises`).auth(admin, { type: 'bearer' }).send(fields);
    const before = await db().query<{ n: string }[]>('SELECT count(*) AS n FROM outbox_events');
    const duplicate = await api.http.post(`${API}/enterprises`).auth(admin, { type: 'bearer' }).send(fields);
    expect(duplicate.status).toBe(409);
    const after = await db().query<{ n: string }[]>('SELECT count(*) AS n FROM outbox_events');
    expect(after[0].n).toBe(before[0].n);
  });

  it('keeps notifications to their recipients', async () => {
    const other = await regulator(api.http, admin, '451200');
    const enterprise = (
      await api.http.post(`${API}/enterprises`).auth(admin, { type: 'bearer' }).send(coreFields('451300'))
    ).body;
    await eventually(async () => ((await inbox(enterprise.id)).length > 0 ? true : undefined));
    const theirs = await api.http.get(`${API}/notifications`).auth(other, { type: 'bearer' });
    expect(theirs.body.items.some((n: { entityId: string }) => n.entityId === enterprise.id)).toBe(false);
    const [mine] = await inbox(enterprise.id);
    const stolen = await api.http
      .post(`${API}/notifications/${(mine as unknown as { id: string }).id}/read`)
      .auth(other, { type: 'bearer' });
    expect(stolen.status).toBe(404);
    const read = await api.http
      .post(`${API}/notifications/${(mine as unknown as { id: string }).id}/read`)
      .auth(watcher, { type: 'bearer' });
    expect(read.body.readAt).toEqual(expect.any(String));
  });
});

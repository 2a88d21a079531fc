import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { API, startApi, type TestApi } from '../../support/api';
import { eventually } from '../../support/eventually';
import { adminToken, coreFields, regulator } from '../../factories/enterprises';

const HANDLER = 'monitoring.enterprise-names';

/**
 * An event a handler cannot take (here: an `enterprise.updated` whose enterprise id is not a UUID,
 * which the monitoring read model's handler fails on) is retried a bounded number of times, then
 * parked for the operator, who sees it and replays it after a fix; and failing events, however
 * many, never hold back the others. The real relay and handlers run it, in-process or in the
 * run's worker.
 */
describe('poison events', () => {
  let api: TestApi;
  let admin: string;

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
  });
  afterAll(() => api.close());

  const db = () => api.app.get(DataSource);

  /** Events the handler fails on; `due` ones look like old events waiting for a retry. */
  const poisonEvents = async (count: number, due = false): Promise<string[]> => {
    const rows = await db().query<{ id: string }[]>(
      `INSERT INTO outbox_events (id, type, aggregate_type, aggregate_id, payload, occurred_at,
                                  dispatched_at, dispatch_count, redispatch_at)
       SELECT gen_random_uuid(), 'enterprise.updated', 'enterprise', gen_random_uuid(),
              jsonb_build_object('enterpriseId', 'not-a-uuid-' || n),
              CASE WHEN $2 THEN now() - interval '1 minute' ELSE clock_timestamp() END,
              CASE WHEN $2 THEN now() - interval '1 minute' END, CASE WHEN $2 THEN 1 ELSE 0 END,
              CASE WHEN $2 THEN now() - interval '1 minute' END
         FROM generate_series(1, $1) AS n
       RETURNING id`,
      [count, due],
    );
    return rows.map((row) => row.id);
  };
  const parkedEntries = async (eventIds: string[]) =>
    db().query<{ id: string; event_id: string; attempts: number }[]>(
      `SELECT id, event_id, attempts FROM event_handler_failures
        WHERE event_id = ANY($1::uuid[]) AND handler = $2 AND parked_at IS NOT NULL ORDER BY event_id`,
      [eventIds, HANDLER],
    );
  const completed = async (eventIds: string[]) =>
    Number(
      (
        await db().query<{ n: string }[]>(
          'SELECT count(*) AS n FROM outbox_events WHERE id = ANY($1::uuid[]) AND completed_at IS NOT NULL',
          [eventIds],
        )
      )[0].n,
    );

  it('parks an event after its last attempt, shows it to the operator, and replays it after a fix', async () => {
    const eventIds = await poisonEvents(2);
    const parked = await eventually(
      async () => {
        const entries = await parkedEntries(eventIds);
        return entries.length === 2 ? entries : undefined;
      },
      90_000,
      'both events to be parked',
    );
    expect(parked.map((entry) => entry.attempts)).toEqual([5, 5]);
    // Nothing left to do for them but the parked handler: they leave the pending count.
    await eventually(async () => {
      const [row] = await db().query<{ n: string }[]>(
        'SELECT count(*) AS n FROM outbox_events WHERE id = ANY($1::uuid[]) AND parked_at IS NOT NULL',
        [eventIds],
      );
      return row.n === '2' ? true : undefined;
    });

    const listed = await api.http
      .get(`${API}/admin/parked-events?handler=${HANDLER}&limit=200`)
      .auth(admin, { type: 'bearer' });
    expect(listed.status).toBe(200);
    const mine = (listed.body.items as { eventId: string }[]).filter((item) => eventIds.includes(item.eventId));
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatchObject({
      eventType: 'enterprise.updated',
      handler: HANDLER,
      attempts: 5,
      lastError: expect.stringContaining('uuid'),
      payload: { enterpriseId: expect.stringMatching(/^not-a-uuid/) },
    });
    const metrics = await api.http.get('/metrics');
    const gauge = /^gqt_parked_event_handlers (\d+)$/m.exec(metrics.text);
    expect(Number(gauge?.[1])).toBeGreaterThanOrEqual(2);

    const outsider = await regulator(api.http, admin, '450000');
    expect((await api.http.get(`${API}/admin/parked-events`).auth(outsider, { type: 'bearer' })).status).toBe(403);
    const [one, other] = parked;
    const refused = await api.http
      .post(`${API}/admin/parked-events/${one.id}/replay`)
      .auth(outsider, { type: 'bearer' });
    expect(refused.status).toBe(403);

    // The fix: the events now carry what the handler can read.
    await db().query(
      `UPDATE outbox_events SET payload = jsonb_build_object('enterpriseId', gen_random_uuid()) WHERE id = ANY($1::uuid[])`,
      [eventIds],
    );
    const replayed = await api.http.post(`${API}/admin/parked-events/${one.id}/replay`).auth(admin, { type: 'bearer' });
    expect(replayed.status).toBe(200);
    expect(replayed.body).toEqual({ replayed: 1 });
    await eventually(async () => ((await completed([one.event_id])) === 1 ? true : undefined));
    expect(await completed([other.event_id])).toBe(0);

    const again = await api.http.post(`${API}/admin/parked-events/${one.id}/replay`).auth(admin, { type: 'bearer' });
    expect(again.status).toBe(404);
    const all = await api.http
      .post(`${API}/admin/parked-events/replay`)
      .auth(admin, { type: 'bearer' })
      .send({ handler: HANDLER });
    expect(all.status).toBe(200);
    expect(all.body.replayed).toBeGreaterThanOrEqual(1);
    await eventually(async () => ((await completed(eventIds)) === 2 ? true : undefined));

    const trail = await api.http.get(`${API}/audit-events?entityId=${one.id}`).auth(admin, { type: 'bearer' });
    expect(trail.body.items).toEqual([
      expect.objectContaining({
        action: 'parked_event.replayed',
        actor: expect.objectContaining({ name: 'admin' }),
        before: expect.objectContaining({ eventId: one.event_id, handler: HANDLER, attempts: 5 }),
      }),
    ]);
  }, 120_000);

  it('refuses a malformed replay with 400 and an unknown entry with 404', async () => {
    const malformed = await api.http
      .post(`${API}/admin/parked-events/replay`)
      .auth(admin, { type: 'bearer' })
      .send({ handler: 'no spaces allowed' });
    expect(malformed.status).toBe(400);
    const unknown = await api.http
      .post(`${API}/admin/parked-events/${randomUUID()}/replay`)
      .auth(admin, { type: 'bearer' });
    expect(unknown.status).toBe(404);
  });

  it('does not let a mass of failing events hold back a new one', async () => {
    const failing = await poisonEvents(1000, true);
    const watcher = await regulator(api.http, admin, '451300');
    const enterprise = await api.http
      .post(`${API}/enterprises`)
      .auth(admin, { type: 'bearer' })
      .send(coreFields('451300'));
    expect(enterprise.status).toBe(201);
    await eventually(
      async () => {
        const inbox = await api.http.get(`${API}/notifications?limit=200`).auth(watcher, { type: 'bearer' });
        return (inbox.body.items as { entityId: string }[]).some((n) => n.entityId === enterprise.body.id)
          ? true
          : undefined;
      },
      60_000,
      'the new enterprise to be announced',
    );
    // The older failing events were all due first; the new one did not wait for them.
    const [{ n: tried }] = await db().query<{ n: string }[]>(
      'SELECT count(*) AS n FROM event_handler_failures WHERE event_id = ANY($1::uuid[])',
      [failing],
    );
    expect(Number(tried)).toBeLessThan(failing.length);
    await db().query('DELETE FROM event_handler_failures WHERE event_id = ANY($1::uuid[])', [failing]);
    await db().query('UPDATE outbox_events SET completed_at = now() WHERE id = ANY($1::uuid[])', [failing]);
  }, 90_000);
});

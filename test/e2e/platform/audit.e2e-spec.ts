import { DataSource } from 'typeorm';
import { API, startApi, type TestApi } from '../../support/api';
import { useOwnDatabase } from '../../support/databases';
import { adminToken, coreFields, enterpriseWithUser, regulator, smeFields } from '../../factories/enterprises';

describe('the audit trail', () => {
  let api: TestApi;
  let admin: string;
  let dropDatabase: () => Promise<void>;

  beforeAll(async () => {
    dropDatabase = await useOwnDatabase('audit'); // this file breaks the chain on purpose
    api = await startApi();
    admin = await adminToken(api.http);
  });
  afterAll(async () => {
    await api.close();
    await dropDatabase();
  });

  const db = () => api.app.get(DataSource);
  const verification = async () =>
    (await api.http.get(`${API}/audit-events/verification`).auth(admin, { type: 'bearer' })).body as {
      valid: boolean;
      checked: number;
      firstBrokenId?: string;
    };

  it('records who changed what, before and after, for every change', async () => {
    const created = (await api.http.post(`${API}/enterprises`).auth(admin, { type: 'bearer' }).send(coreFields())).body;
    await api.http.patch(`${API}/enterprises/${created.id}`).auth(admin, { type: 'bearer' }).send({ employees: 13000 });
    const trail = await api.http.get(`${API}/audit-events?entityId=${created.id}`).auth(admin, { type: 'bearer' });
    expect(trail.status).toBe(200);
    const [updated, registered] = trail.body.items;
    expect(registered).toMatchObject({
      action: 'enterprise.registered',
      entitySeq: 1,
      actor: { type: 'user', name: 'admin' },
      before: null,
      after: expect.objectContaining({ employees: 12000 }),
      prevHash: null,
    });
    expect(updated).toMatchObject({
      action: 'enterprise.updated',
      entitySeq: 2,
      before: expect.objectContaining({ employees: 12000 }),
      after: expect.objectContaining({ employees: 13000 }),
      prevHash: registered.hash,
    });
  });

  it('verifies an untouched chain', async () => {
    await enterpriseWithUser(api.http, admin, smeFields());
    const result = await verification();
    expect(result.valid).toBe(true);
    expect(result.checked).toBeGreaterThanOrEqual(4);
    expect(result.firstBrokenId).toBeUndefined();
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    await expect(db().query(`UPDATE audit_events SET actor_name = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(db().query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    await expect(db().query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    expect((await verification()).valid).toBe(true);
  });

  it('lets a city regulator read only the events of its city', async () => {
    const liuzhou = (
      await api.http.post(`${API}/enterprises`).auth(admin, { type: 'bearer' }).send(coreFields('450200'))
    ).body;
    const guilin = (
      await api.http.post(`${API}/enterprises`).auth(admin, { type: 'bearer' }).send(coreFields('450300'))
    ).body;
    const cityRegulator = await regulator(api.http, admin, '450200');
    const read = (entityId: string) =>
      api.http.get(`${API}/audit-events?entityId=${entityId}`).auth(cityRegulator, { type: 'bearer' });
    expect((await read(liuzhou.id)).body.items).toHaveLength(1);
    expect((await read(guilin.id)).body.items).toHaveLength(0);
    const sme = await enterpriseWithUser(api.http, admin, smeFields());
    expect((await api.http.get(`${API}/audit-events`).auth(sme.token, { type: 'bearer' })).status).toBe(403);
  });

  it("finds an event altered behind the API's back", async () => {
    const created = (await api.http.post(`${API}/enterprises`).auth(admin, { type: 'bearer' }).send(coreFields())).body;
    await api.http.patch(`${API}/enterprises/${created.id}`).auth(admin, { type: 'bearer' }).send({ employees: 15000 });
    const [, registered] = (
      await api.http.get(`${API}/audit-events?entityId=${created.id}`).auth(admin, { type: 'bearer' })
    ).body.items;
    // Someone with the database owner's rights switches the guard off and edits history.
    await tamper(`UPDATE audit_events SET after = jsonb_set(after, '{employees}', '1') WHERE id = $1`, registered.id);
    const result = await verification();
    expect(result.valid).toBe(false);
    expect(result.firstBrokenId).toBe(registered.id);
  });

  it('finds an event removed from the middle of a chain, even after an earlier break', async () => {
    const created = (await api.http.post(`${API}/enterprises`).auth(admin, { type: 'bearer' }).send(coreFields())).body;
    for (const employees of [12001, 12002]) {
      await api.http.patch(`${API}/enterprises/${created.id}`).auth(admin, { type: 'bearer' }).send({ employees });
    }
    const [last, middle] = (
      await api.http.get(`${API}/audit-events?entityId=${created.id}`).auth(admin, { type: 'bearer' })
    ).body.items;
    const before = await verification();
    await tamper('DELETE FROM audit_events WHERE id = $1', middle.id);
    const after = await verification();
    expect(after.checked).toBe(before.checked - 1);
    // Put the altered event of the previous test right again: now the gap is the first break.
    await repairEarlierBreak();
    expect((await verification()).firstBrokenId).toBe(last.id);
  });

  async function tamper(sql: string, id: string): Promise<void> {
    await db().query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete');
    await db().query(sql, [id]);
    await db().query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete');
  }

  async function repairEarlierBreak(): Promise<void> {
    const [broken] = await db().query<{ id: string }[]>(
      `SELECT id FROM audit_events WHERE action = 'enterprise.registered' AND (after->>'employees')::int = 1`,
    );
    await tamper(`UPDATE audit_events SET after = jsonb_set(after, '{employees}', '12000') WHERE id = $1`, broken.id);
  }
});

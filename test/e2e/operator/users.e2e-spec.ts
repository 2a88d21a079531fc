import { API, startApi, type TestApi } from '../../support/api';
import { adminToken, bankFields, coreFields, enterpriseWithUser, login, smeFields } from '../../factories/enterprises';
import { tag } from '../../factories/identifiers';

describe('operators create users', () => {
  let api: TestApi;
  let admin: string;
  let core: { id: string };
  let sme: { id: string };

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    core = (await api.http.post(`${API}/enterprises`).auth(admin, { type: 'bearer' }).send(coreFields())).body;
    sme = (await api.http.post(`${API}/enterprises`).auth(admin, { type: 'bearer' }).send(smeFields())).body;
  });
  afterAll(() => api.close());

  const create = (body: object, token = admin) =>
    api.http.post(`${API}/users`).auth(token, { type: 'bearer' }).send(body);
  const credentials = () => ({ username: `user-${tag()}`, password: `Pw-${tag()}-x9!` });

  it('creates a user of an enterprise who can log in with its role', async () => {
    const account = credentials();
    const response = await create({ ...account, role: 'CORE_ENTERPRISE', enterpriseId: core.id });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ username: account.username, role: 'CORE_ENTERPRISE', enterpriseId: core.id });
    expect(JSON.stringify(response.body)).not.toMatch(/password/i);
    const me = await api.http
      .get(`${API}/me`)
      .auth(await login(api.http, account.username, account.password), { type: 'bearer' });
    expect(me.body).toMatchObject({ role: 'CORE_ENTERPRISE', enterprise: { id: core.id, kind: 'CORE' } });
  });

  it('creates regulators for the region or a city, showing the jurisdiction', async () => {
    for (const jurisdiction of ['450000', '450300']) {
      const account = credentials();
      expect((await create({ ...account, role: 'REGULATOR', jurisdiction })).status).toBe(201);
      const me = await api.http
        .get(`${API}/me`)
        .auth(await login(api.http, account.username, account.password), { type: 'bearer' });
      expect(me.body).toMatchObject({ role: 'REGULATOR', jurisdiction, enterprise: null });
    }
  });

  it.each([
    ['an SME user of a core enterprise', () => ({ role: 'SME', enterpriseId: core.id }), 'enterpriseId'],
    ['a core user of an SME', () => ({ role: 'CORE_ENTERPRISE', enterpriseId: sme.id }), 'enterpriseId'],
    ['an enterprise user without enterprise', () => ({ role: 'BANK' }), 'enterpriseId'],
    ['an admin with an enterprise', () => ({ role: 'ADMIN', enterpriseId: core.id }), 'enterpriseId'],
    ['a regulator without jurisdiction', () => ({ role: 'REGULATOR' }), 'jurisdiction'],
    ['a regulator of a place outside Guangxi', () => ({ role: 'REGULATOR', jurisdiction: '350100' }), 'jurisdiction'],
    [
      'an SME user with a jurisdiction',
      () => ({ role: 'SME', enterpriseId: sme.id, jurisdiction: '450200' }),
      'jurisdiction',
    ],
    ['an unknown role', () => ({ role: 'ROOT' }), 'role'],
    [
      'an unknown enterprise',
      () => ({ role: 'SME', enterpriseId: '00000000-0000-4000-8000-000000000000' }),
      'enterpriseId',
    ],
    ['a short password', () => ({ role: 'ADMIN', password: 'short' }), 'password'],
    ['a username with spaces', () => ({ role: 'ADMIN', username: 'has space' }), 'username'],
  ])('refuses %s with 400', async (_what, change, field) => {
    const response = await create({ ...credentials(), ...change() });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
  });

  it('refuses a taken username in any case: 409 USERNAME_TAKEN', async () => {
    const account = credentials();
    expect((await create({ ...account, role: 'ADMIN' })).status).toBe(201);
    const again = await create({ ...account, username: account.username.toUpperCase(), role: 'ADMIN' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('USERNAME_TAKEN');
  });

  it('lets only operators manage users', async () => {
    const bank = await enterpriseWithUser(api.http, admin, bankFields());
    expect((await create({ ...credentials(), role: 'ADMIN' }, bank.token)).status).toBe(403);
    expect((await api.http.get(`${API}/users`).auth(bank.token, { type: 'bearer' })).status).toBe(403);
    const listed = await api.http
      .get(`${API}/users?enterpriseId=${bank.enterprise.id}`)
      .auth(admin, { type: 'bearer' });
    expect(listed.body.items.map((u: { username: string }) => u.username)).toEqual([bank.username]);
    expect(listed.body.items[0]).toMatchObject({ role: 'BANK', enterpriseName: bank.enterprise.name });
  });

  it('lists users by role, with their enterprise names, and refuses an unknown role with 400', async () => {
    const watcher = credentials();
    expect((await create({ ...watcher, role: 'REGULATOR', jurisdiction: '450100' })).status).toBe(201);
    const regulators = await api.http.get(`${API}/users?role=REGULATOR&limit=200`).auth(admin, { type: 'bearer' });
    expect(regulators.status).toBe(200);
    expect(regulators.body.items.length).toBeGreaterThan(0);
    expect(regulators.body.items.every((u: { role: string }) => u.role === 'REGULATOR')).toBe(true);
    expect(regulators.body.items).toContainEqual(
      expect.objectContaining({ username: watcher.username, enterpriseName: null, jurisdiction: '450100' }),
    );
    const unknown = await api.http.get(`${API}/users?role=TELLER`).auth(admin, { type: 'bearer' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('VALIDATION_FAILED');
  });
});

import { API, startApi, type TestApi } from '../../support/api';
import { adminToken, login, smeFields } from '../../factories/enterprises';
import { tag } from '../../factories/identifiers';

describe('an SME signs itself up', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const { kind: _kind, ...enterpriseFields } = smeFields();
  const signUp = (enterprise: object, user = { username: `sme-${tag()}`, password: `Pw-${tag()}-x9!` }) =>
    api.http.post(`${API}/auth/register-sme`).send({ enterprise, user });

  it('creates the SME and its first user, who can log in', async () => {
    const enterprise = smeFields();
    const user = { username: `sme-${tag()}`, password: `Pw-${tag()}-x9!` };
    const response = await signUp(enterprise, user);
    expect(response.status).toBe(201);
    expect(response.body.enterprise).toMatchObject({ name: enterprise.name, kind: 'SME', sizeClass: 'SMALL' });
    expect(response.body.user).toMatchObject({
      username: user.username,
      role: 'SME',
      enterpriseId: response.body.enterprise.id,
    });
    const me = await api.http
      .get(`${API}/me`)
      .auth(await login(api.http, user.username, user.password), { type: 'bearer' });
    expect(me.body.enterprise.id).toBe(response.body.enterprise.id);
  });

  it('may omit the kind, but may not ask for another', async () => {
    expect((await signUp({ ...enterpriseFields, uscc: smeFields().uscc })).status).toBe(201);
    const core = await signUp({ ...smeFields(), kind: 'CORE' });
    expect(core.status).toBe(400);
    expect(core.body.errors).toContainEqual(expect.objectContaining({ field: 'enterprise.kind' }));
  });

  it('names nested fields in validation errors', async () => {
    const response = await signUp({ ...smeFields(), annualRevenue: 5 }, { username: 'x', password: 'y' });
    expect(response.status).toBe(400);
    const fields = response.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['enterprise.annualRevenue', 'user.username', 'user.password']));
  });

  it('writes nothing when any part is refused', async () => {
    const admin = await adminToken(api.http);
    const taken = { username: `taken-${tag()}`, password: `Pw-${tag()}-x9!` };
    expect((await signUp(smeFields(), taken)).status).toBe(201);
    const enterprise = smeFields();
    const duplicateUser = await signUp(enterprise, taken);
    expect(duplicateUser.status).toBe(409);
    expect(duplicateUser.body.code).toBe('USERNAME_TAKEN');
    const search = await api.http.get(`${API}/enterprises?q=${enterprise.uscc}`).auth(admin, { type: 'bearer' });
    expect(search.body.items).toEqual([]);
    const large = await signUp({ ...smeFields(), employees: 2000, annualRevenue: '900000000.00' });
    expect(large.status).toBe(422);
    expect(large.body.code).toBe('NOT_AN_SME');
    expect((await signUp(enterprise)).status).toBe(201);
  });
});

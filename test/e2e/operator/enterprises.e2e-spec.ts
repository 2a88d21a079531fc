import { API, startApi, type TestApi } from '../../support/api';
import { tag } from '../../factories/identifiers';
import {
  adminToken,
  bankFields,
  coreFields,
  enterpriseWithUser,
  regulator,
  smeFields,
} from '../../factories/enterprises';
import { uscc } from '../../factories/identifiers';

describe('operators and region regulators register enterprises', () => {
  let api: TestApi;
  let admin: string;

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
  });
  afterAll(() => api.close());

  const register = (fields: object, token = admin) =>
    api.http.post(`${API}/enterprises`).auth(token, { type: 'bearer' }).send(fields);

  it('registers each kind, classing its size and keeping its Chinese name', async () => {
    const core = await register(coreFields());
    expect(core.status).toBe(201);
    expect(core.body).toMatchObject({
      kind: 'CORE',
      sizeClass: 'LARGE',
      annualRevenue: '8000000000.00',
      financingRatio: null,
    });
    const sme = await register(smeFields());
    expect(sme.body).toMatchObject({
      kind: 'SME',
      sizeClass: 'SMALL',
      name: expect.stringMatching(/^柳州精密零部件有限公司/),
    });
    const bank = await register(bankFields());
    expect(bank.body).toMatchObject({ kind: 'BANK', financingRatio: '0.80' });
    const fetched = await api.http.get(`${API}/enterprises/${sme.body.id}`).auth(admin, { type: 'bearer' });
    expect(fetched.body.name).toBe(sme.body.name);
  });

  it('refuses a credit code with a wrong check character: 400 USCC_INVALID', async () => {
    const response = await register({ ...coreFields(), uscc: '91350100M000100Y4Z' });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ code: 'USCC_INVALID', errors: [expect.objectContaining({ field: 'uscc' })] });
  });

  it('refuses a second enterprise with the same code: 409 ENTERPRISE_EXISTS, also under a race', async () => {
    const fields = coreFields();
    const responses = await Promise.all(Array.from({ length: 6 }, () => register(fields)));
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(responses.find((r) => r.status === 409)?.body.code).toBe('ENTERPRISE_EXISTS');
  });

  it('refuses an SME that the standard classes as large: 422 NOT_AN_SME', async () => {
    const response = await register({ ...smeFields(), employees: 1200, annualRevenue: '500000000.00' });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('NOT_AN_SME');
  });

  it.each([
    ['an unknown field', { shareholders: 3 }, 'shareholders'],
    ['money as a number', { annualRevenue: 26000000 }, 'annualRevenue'],
    ['money with three decimals', { annualRevenue: '1.005' }, 'annualRevenue'],
    ['negative money', { annualRevenue: '-1.00' }, 'annualRevenue'],
    ['money with an exponent', { annualRevenue: '1e6' }, 'annualRevenue'],
    ['an unknown kind', { kind: 'TRUST' }, 'kind'],
    ['an unknown industry', { industry: 'MINING' }, 'industry'],
    ['negative employees', { employees: -1 }, 'employees'],
    ['a fractional employee', { employees: 1.5 }, 'employees'],
    ['a city outside Guangxi', { cityCode: '350100' }, 'cityCode'],
    ['a malformed city', { cityCode: '4502' }, 'cityCode'],
    ['a short credit code', { uscc: '91450100MA5K0000' }, 'uscc'],
    ['an unknown ownership', { ownership: 'PUBLIC' }, 'ownership'],
  ])('refuses %s with 400 naming the field', async (_what, change, field) => {
    const response = await register({ ...smeFields(), ...change });
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
  });

  it('requires total assets where the standard uses them (construction)', async () => {
    const response = await register({ ...smeFields(), industry: 'CONSTRUCTION' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field: 'totalAssets' }));
    const withAssets = await register({ ...smeFields(), industry: 'CONSTRUCTION', totalAssets: '12000000.00' });
    expect(withAssets.body.sizeClass).toBe('SMALL');
  });

  it('lets a region regulator register, but not a city regulator or an enterprise user', async () => {
    const region = await regulator(api.http, admin, '450000');
    expect((await register(coreFields(), region)).status).toBe(201);
    const city = await regulator(api.http, admin, '450200');
    expect((await register(coreFields(), city)).status).toBe(403);
    const sme = await enterpriseWithUser(api.http, admin, smeFields());
    expect((await register(coreFields(), sme.token)).status).toBe(403);
  });

  it("sets a bank's financing ratio within 50-90 %, and only a bank's", async () => {
    const bank = (await register(bankFields())).body;
    const patch = (id: string, body: object, token = admin) =>
      api.http.patch(`${API}/enterprises/${id}`).auth(token, { type: 'bearer' }).send(body);
    expect((await patch(bank.id, { financingRatio: '0.85' })).body.financingRatio).toBe('0.85');
    expect((await patch(bank.id, { financingRatio: '0.9' })).body.financingRatio).toBe('0.90');
    for (const ratio of ['0.49', '0.91', '0.95']) {
      const refused = await patch(bank.id, { financingRatio: ratio });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('FINANCING_RATIO_OUT_OF_RANGE');
    }
    expect((await patch(bank.id, { financingRatio: '1.5' })).status).toBe(400);
    const core = (await register(coreFields())).body;
    expect((await patch(core.id, { financingRatio: '0.80' })).body.code).toBe('NOT_A_BANK');
    const region = await regulator(api.http, admin, '450000');
    expect((await patch(bank.id, { financingRatio: '0.70' }, region)).status).toBe(403);
    const unchanged = await api.http.get(`${API}/enterprises/${bank.id}`).auth(admin, { type: 'bearer' });
    expect(unchanged.body.financingRatio).toBe('0.90');
  });

  it('reclassifies on update and refuses an SME grown large', async () => {
    const sme = (await register(smeFields())).body;
    const grown = await api.http
      .patch(`${API}/enterprises/${sme.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ employees: 400, annualRevenue: '30000000.00' });
    expect(grown.body.sizeClass).toBe('MEDIUM');
    const tooLarge = await api.http
      .patch(`${API}/enterprises/${sme.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ employees: 1000, annualRevenue: '400000000.00' });
    expect(tooLarge.body.code).toBe('NOT_AN_SME');
  });

  it('refuses a null parent unit with 400 (found by the fuzzer, seed 7: it was a 500)', async () => {
    const refused = await register({ ...coreFields(), parentId: null });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
  });

  it('lists with filters and cursor pagination', async () => {
    const cityCode = '451400';
    // Other files on a shared PostgreSQL database register cores in this city too: these three
    // share a name part of their own.
    const family = `分页 ${tag()}`;
    const created = [];
    for (let i = 0; i < 3; i += 1)
      created.push((await register({ ...coreFields(cityCode), name: `${family} ${i}` })).body.id);
    const filter = `cityCode=${cityCode}&kind=CORE&q=${encodeURIComponent(family)}`;
    const page1 = await api.http.get(`${API}/enterprises?${filter}&limit=2`).auth(admin, { type: 'bearer' });
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await api.http
      .get(`${API}/enterprises?${filter}&limit=2&cursor=${encodeURIComponent(page1.body.nextCursor)}`)
      .auth(admin, { type: 'bearer' });
    const seen = [...page1.body.items, ...page2.body.items].map((e: { id: string }) => e.id);
    expect(seen.sort()).toEqual([...created].sort());
    expect(page2.body.nextCursor).toBeNull();
    const bad = await api.http.get(`${API}/enterprises?cursor=garbage`).auth(admin, { type: 'bearer' });
    expect(bad.status).toBe(400);
    const overLimit = await api.http.get(`${API}/enterprises?limit=201`).auth(admin, { type: 'bearer' });
    expect(overLimit.status).toBe(400);
  });

  it('finds enterprises by part of the name or the code', async () => {
    const fields = { ...coreFields(), name: `玉林独特名称集团 ${uscc().slice(10)}` };
    const created = (await register(fields)).body;
    const byName = await api.http
      .get(`${API}/enterprises?q=${encodeURIComponent(fields.name.slice(0, 8))}`)
      .auth(admin, { type: 'bearer' });
    expect(byName.body.items.map((e: { id: string }) => e.id)).toContain(created.id);
    const byCode = await api.http
      .get(`${API}/enterprises?q=${fields.uscc.slice(4, 14).toLowerCase()}`)
      .auth(admin, { type: 'bearer' });
    expect(byCode.body.items.map((e: { id: string }) => e.id)).toContain(created.id);
  });

  it('keeps an SME away from other SMEs (404) while showing it banks and core enterprises', async () => {
    const a = await enterpriseWithUser(api.http, admin, smeFields());
    const b = await enterpriseWithUser(api.http, admin, smeFields());
    const bank = (await register(bankFields())).body;
    const get = (id: string) => api.http.get(`${API}/enterprises/${id}`).auth(a.token, { type: 'bearer' });
    expect((await get(a.enterprise.id)).status).toBe(200);
    expect((await get(b.enterprise.id)).status).toBe(404);
    expect((await get(bank.id)).status).toBe(200);
    const listed = await api.http.get(`${API}/enterprises?kind=SME&limit=200`).auth(a.token, { type: 'bearer' });
    expect(listed.body.items.map((e: { id: string }) => e.id)).toEqual([a.enterprise.id]);
  });

  it('answers unknown routes, malformed ids, malformed JSON and large bodies with problems', async () => {
    const unknown = await api.http.get(`${API}/no-such-thing`).auth(admin, { type: 'bearer' });
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    const badId = await api.http.get(`${API}/enterprises/not-a-uuid`).auth(admin, { type: 'bearer' });
    expect(badId.status).toBe(400);
    const missing = await api.http
      .get(`${API}/enterprises/00000000-0000-4000-8000-000000000000`)
      .auth(admin, { type: 'bearer' });
    expect(missing.status).toBe(404);
    const malformed = await api.http
      .post(`${API}/enterprises`)
      .auth(admin, { type: 'bearer' })
      .set('Content-Type', 'application/json')
      .send('{"name":');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('MALFORMED_JSON');
    const large = await api.http
      .post(`${API}/enterprises`)
      .auth(admin, { type: 'bearer' })
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(1_100_000) }));
    expect(large.status).toBe(413);
    expect(large.body.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

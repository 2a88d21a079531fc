import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { API, startApi, type TestApi } from '../../support/api';
import { bankClientToken } from '../../factories/banks';
import {
  adminToken,
  bankFields,
  coreFields,
  enterpriseWithUser,
  regulator,
  smeFields,
  type EnterpriseUser,
} from '../../factories/enterprises';
import { tag, uscc } from '../../factories/identifiers';
import { confirmedReceivable, receivableFields } from '../../factories/receivables';

// Issue 12's table of hostile input, one family per block: each is refused with a 4xx
// problem+json before it reaches the database, and changes nothing.
describe('hostile input is refused at the boundary', () => {
  let api: TestApi;
  let admin: string;
  let region: string;
  let sme: EnterpriseUser;
  let core: EnterpriseUser;
  let bank: EnterpriseUser;

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    region = await regulator(api.http, admin, '450000');
    sme = await enterpriseWithUser(api.http, admin, smeFields());
    core = await enterpriseWithUser(api.http, admin, coreFields());
    bank = await enterpriseWithUser(api.http, admin, bankFields());
  });
  afterAll(() => api.close());

  const refused = (response: Response, status = 400, code = 'VALIDATION_FAILED') => {
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect([response.status, response.body.code]).toEqual([status, code]);
    expect(response.body.requestId).toEqual(expect.any(String));
  };
  const smeSignUp = (overrides: Record<string, unknown> = {}) => ({
    enterprise: { ...smeFields(), kind: undefined },
    user: { username: `signup-${tag()}`, password: 'a-long-password-1' },
    ...overrides,
  });
  const enterpriseExists = async (code: string) =>
    (await api.http.get(`${API}/enterprises?q=${code}`).auth(admin, { type: 'bearer' })).body.items.length > 0;

  describe('deeply nested JSON', () => {
    it.each([
      ['arrays', '['.repeat(2500) + ']'.repeat(2500)],
      ['objects', '{"a":'.repeat(2500) + '1' + '}'.repeat(2500)],
    ])('2,500 levels of %s are a 400 before parsing, on a public route', async (_kind, body) => {
      const response = await api.http.post(`${API}/auth/login`).set('content-type', 'application/json').send(body);
      refused(response, 400, 'JSON_TOO_DEEP');
    });

    it('accepts the nesting that real bodies have', async () => {
      const response = await api.http.post(`${API}/auth/login`).send({ username: 'nobody', password: 'x' });
      refused(response, 401, 'INVALID_CREDENTIALS');
    });
  });

  describe('POST /oauth/token with any body', () => {
    it.each([
      ['no body', undefined, undefined],
      ['text/plain', 'text/plain', 'grant_type=client_credentials'],
      ['XML', 'application/xml', '<grant_type>client_credentials</grant_type>'],
      ['a JSON array', 'application/json', '[]'],
    ])('%s is an RFC 6749 invalid_request', async (_what, type, body) => {
      const request = api.http.post(`${API}/oauth/token`);
      if (type) request.set('content-type', type);
      const response = await request.send(body);
      refused(response, 400, 'INVALID_REQUEST');
      expect(response.body.error).toBe('invalid_request');
    });
  });

  describe('malformed HTTP Basic credentials', () => {
    it.each([
      ['not percent-encoding', '%zz:x'],
      ['a NUL', 'a%00:x'],
      ['an unpaired surrogate', '%ED%A0%80:x'],
    ])('%s is an RFC 6749 invalid_client', async (_what, credentials) => {
      const response = await api.http
        .post(`${API}/oauth/token`)
        .set('authorization', `Basic ${Buffer.from(credentials).toString('base64')}`)
        .type('form')
        .send({ grant_type: 'client_credentials' });
      refused(response, 401, 'INVALID_CLIENT');
      expect(response.body.error).toBe('invalid_client');
    });
  });

  describe('NUL characters', () => {
    it('in a username at login (anyone)', async () => {
      refused(await api.http.post(`${API}/auth/login`).send({ username: 'ad\u0000min', password: 'x' }));
    });

    it('in a query parameter', async () => {
      const response = await api.http.get(`${API}/receivables?contractNo=a%00b`).auth(sme.token, { type: 'bearer' });
      refused(response);
      expect(response.body.errors).toEqual([{ field: 'contractNo', message: expect.stringContaining('NUL') }]);
    });

    it('in a path parameter', async () => {
      refused(await api.http.get(`${API}/enterprises/a%00b`).auth(admin, { type: 'bearer' }));
    });

    it('in a payment reference: nothing is paid', async () => {
      const receivable = await confirmedReceivable(api.http, sme.token, {
        token: core.token,
        uscc: core.enterprise.uscc,
      });
      const response = await api.http
        .post(`${API}/receivables/${receivable.id}/payments`)
        .auth(core.token, { type: 'bearer' })
        .send({ amount: '1.00', paidOn: receivable.deliveryDate, reference: 'CMB\u0000001' });
      refused(response);
      const after = await api.http.get(`${API}/receivables/${receivable.id}`).auth(core.token, { type: 'bearer' });
      expect(after.body.paidAmount).toBe('0.00');
    });

    it('in a header the API reads (Idempotency-Key)', async () => {
      const response = await api.http
        .post(`${API}/receivables`)
        .auth(sme.token, { type: 'bearer' })
        .set('Idempotency-Key', 'caf\u00e9')
        .send(receivableFields(core.enterprise.uscc));
      refused(response);
    });
  });

  describe('unpaired UTF-16 surrogates', () => {
    it('in a receivable description: nothing is registered', async () => {
      const fields = receivableFields(core.enterprise.uscc, { description: 'goods \ud800 delivered' });
      const response = await api.http.post(`${API}/receivables`).auth(sme.token, { type: 'bearer' }).send(fields);
      refused(response);
      expect(response.body.errors[0].field).toBe('description');
      const listed = await api.http
        .get(`${API}/receivables?contractNo=${fields.contractNo}`)
        .auth(sme.token, { type: 'bearer' });
      expect(listed.body.items).toEqual([]);
    });

    it('in a sign-up (anyone): no enterprise is created', async () => {
      const body = smeSignUp();
      body.enterprise.name = `柳州\udc00零部件 ${tag()}`;
      refused(await api.http.post(`${API}/auth/register-sme`).send(body));
      expect(await enterpriseExists(body.enterprise.uscc)).toBe(false);
    });

    it('in an API-client name', async () => {
      const response = await api.http
        .post(`${API}/enterprises/${bank.enterprise.id}/api-clients`)
        .auth(admin, { type: 'bearer' })
        .send({ name: 'core banking \ud83d', scopes: ['receivables:read'] });
      refused(response);
    });

    it('while a paired surrogate (an emoji) is ordinary text', async () => {
      const fields = receivableFields(core.enterprise.uscc, { description: 'delivered 📦' });
      const response = await api.http.post(`${API}/receivables`).auth(sme.token, { type: 'bearer' }).send(fields);
      expect(response.status).toBe(201);
      expect(response.body.description).toBe('delivered 📦');
    });
  });

  describe('an array or null where an object is expected', () => {
    it.each([
      ['user: []', { user: [] }],
      ['enterprise: []', { enterprise: [] }],
      ['enterprise: null', { enterprise: null }],
    ])('register-sme with %s: nothing is created', async (_what, overrides) => {
      const body = smeSignUp(overrides);
      const response = await api.http.post(`${API}/auth/register-sme`).send(body);
      refused(response);
      expect(await enterpriseExists(smeSignUp().enterprise.uscc)).toBe(false);
    });

    it.each([
      ['criteria: [[]]', { criteria: [[]], reward: { type: 'FIXED', amount: '1.00' } }],
      ['criteria: [null]', { criteria: [null], reward: { type: 'FIXED', amount: '1.00' } }],
      ['reward: []', { criteria: [], reward: [] }],
    ])('a reward policy with %s', async (_what, body) => {
      const year = Number(new Date().getUTCFullYear()) + 1;
      const response = await api.http.put(`${API}/reward-policies/${year}`).auth(region, { type: 'bearer' }).send(body);
      refused(response);
    });
  });

  describe('forged list cursors', () => {
    const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const forged = [
      cursor(['0', randomUUID()]),
      cursor(['0000-01-01T00:00:00.000Z', randomUUID()]),
      cursor(['99999-01-01T00:00:00Z', randomUUID()]),
      cursor(['2026-01-01', randomUUID()]),
      cursor(['2026-01-01T00:00:00.000Z', randomUUID(), 'extra']),
    ];

    it('every list that pages is a 400 for each, never a database error', async () => {
      const document = (await api.http.get('/docs-json')).body as {
        paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
      };
      const lists = Object.entries(document.paths)
        .filter(([, item]) => item.get?.parameters?.some((p) => p.name === 'cursor' && p.in === 'query'))
        .map(([path]) => path)
        // A list under a resource that does not exist is a 404 before its cursor is read.
        .filter((path) => !path.includes('{'));
      expect(lists.length).toBeGreaterThanOrEqual(10);
      const bankClient = await bankClientToken(api.http, admin, bank.enterprise.id);
      for (const path of lists) {
        const answers = [];
        for (const token of [admin, region, sme.token, core.token, bank.token, bankClient]) {
          for (const value of forged) {
            const response = await api.http.get(`${path}?cursor=${value}`).auth(token, { type: 'bearer' });
            expect(response.status).toBeLessThan(500);
            answers.push(`${response.status} ${response.body.code}`);
          }
        }
        // Whoever may read the list gets the refusal for every forged cursor (others: 403 first).
        const refusals = answers.filter((a) => a === '400 VALIDATION_FAILED').length;
        expect({ path, everyCursorRefused: refusals >= forged.length }).toEqual({ path, everyCursorRefused: true });
      }
    });
  });

  describe('dates the database cannot store', () => {
    it.each(['0000-01-01', '1899-12-31', '3000-01-01'])('asOf=%s', async (asOf) => {
      const response = await api.http.get(`${API}/monitoring/overdue?asOf=${asOf}`).auth(region, { type: 'bearer' });
      refused(response);
      expect(response.body.errors[0].field).toBe('asOf');
    });

    it('paidOn 0000-01-01: nothing is paid', async () => {
      const receivable = await confirmedReceivable(api.http, sme.token, {
        token: core.token,
        uscc: core.enterprise.uscc,
      });
      const response = await api.http
        .post(`${API}/receivables/${receivable.id}/payments`)
        .auth(core.token, { type: 'bearer' })
        .send({ amount: '1.00', paidOn: '0000-01-01', reference: `PAY-${tag()}` });
      refused(response);
      const after = await api.http.get(`${API}/receivables/${receivable.id}`).auth(core.token, { type: 'bearer' });
      expect(after.body.paidAmount).toBe('0.00');
    });
  });

  describe('null for a field on PATCH', () => {
    it.each([['name'], ['employees'], ['industry'], ['annualRevenue'], ['cityCode']])(
      '{"%s": null} is refused and changes nothing',
      async (field) => {
        const created = await api.http
          .post(`${API}/enterprises`)
          .auth(admin, { type: 'bearer' })
          .send({ ...coreFields(), uscc: uscc('450200') });
        const response = await api.http
          .patch(`${API}/enterprises/${created.body.id}`)
          .auth(admin, { type: 'bearer' })
          .send({ [field]: null });
        refused(response);
        const after = await api.http.get(`${API}/enterprises/${created.body.id}`).auth(admin, { type: 'bearer' });
        expect(after.body).toEqual(created.body);
      },
    );
  });
});

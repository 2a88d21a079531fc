import { API, startApi, type TestApi } from '../../support/api';
import {
  adminToken,
  coreFields,
  enterpriseWithUser,
  smeFields,
  type EnterpriseUser,
} from '../../factories/enterprises';
import { receivableFields } from '../../factories/receivables';

/** Problem details in the caller's language, the codes unchanged; declared limits enforced (issue 14). */
describe('problem details speak the caller’s language', () => {
  let api: TestApi;
  let admin: string;
  let sme: EnterpriseUser;
  let core: EnterpriseUser;

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    sme = await enterpriseWithUser(api.http, admin, smeFields('450200'));
    core = await enterpriseWithUser(api.http, admin, coreFields('450100'));
  });
  afterAll(() => api.close());

  const register = (body: object, language?: string) => {
    const call = api.http.post(`${API}/receivables`).auth(sme.token, { type: 'bearer' });
    return (language ? call.set('Accept-Language', language) : call).send(body);
  };
  const tooLong = () => receivableFields(core.enterprise.uscc, { contractNo: 'X'.repeat(101), amount: '1.005' });

  it('answers zh-CN with a Chinese title, detail and field messages, and the same code', async () => {
    const response = await register(tooLong(), 'zh-CN,zh;q=0.9,en;q=0.5');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['content-language']).toBe('zh-CN');
    expect(response.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', title: '请求无效' });
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'contractNo', message: 'contractNo 不能超过 100 个字符' },
        { field: 'amount', message: 'amount 须为以元计、最多两位小数的字符串，如 "125000.00"' },
      ]),
    );
    expect(response.body.detail).toContain('contractNo 不能超过 100 个字符');
  });

  it('answers en, or no preference, in English with the same code and fields', async () => {
    const english = await register(tooLong(), 'en');
    const unspecified = await register(tooLong());
    for (const response of [english, unspecified]) {
      expect(response.status).toBe(400);
      expect(response.headers['content-language']).toBe('en');
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', title: 'Bad Request' });
      expect(response.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'contractNo', message: 'contractNo must be shorter than or equal to 100 characters' },
        ]),
      );
    }
  });

  it('says a business refusal in Chinese, keeping its code', async () => {
    const body = { ...receivableFields(core.enterprise.uscc), amount: '999.99' };
    const chinese = await register(body, 'zh-CN');
    const english = await register(body, 'en');
    expect(chinese.status).toBe(422);
    expect(chinese.body).toMatchObject({
      code: 'AMOUNT_MISMATCH',
      title: '业务规则不允许',
      detail: '账款金额须等于发票金额之和',
    });
    expect(english.body).toMatchObject({ code: 'AMOUNT_MISMATCH', title: 'Unprocessable Content' });
    expect(english.body.detail).not.toBe(chinese.body.detail);
  });

  it('says 401 and 404 in Chinese too', async () => {
    const unauthenticated = await api.http.get(`${API}/me`).set('Accept-Language', 'zh');
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.body).toMatchObject({ code: 'UNAUTHENTICATED', title: '未认证', detail: '请先登录' });
    const missing = await api.http
      .get(`${API}/receivables/00000000-0000-4000-8000-000000000000`)
      .auth(sme.token, { type: 'bearer' })
      .set('Accept-Language', 'zh-CN');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'NOT_FOUND', title: '未找到', detail: '未找到，或您无权查看' });
  });

  // The limits the OpenAPI document declares are the ones the API enforces.
  const mine = async () =>
    (await api.http.get(`${API}/receivables?role=creditor&limit=200`).auth(sme.token, { type: 'bearer' })).body.items
      .length as number;

  it('refuses a string past maxLength, an array past maxItems and control characters with 400, changing nothing', async () => {
    const before = await mine();
    const invoice = { number: '26452000000012345678', amount: '1.00', issueDate: '2026-11-02' };
    const cases: [Record<string, unknown>, string][] = [
      [{ description: 'x'.repeat(2001) }, 'description'],
      [{ invoices: Array.from({ length: 201 }, () => invoice), amount: '201.00' }, 'invoices'],
      [{ description: 'line one\u0000line two' }, 'description'],
    ];
    for (const [overrides, field] of cases) {
      const response = await register(receivableFields(core.enterprise.uscc, overrides));
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await mine()).toBe(before);
  });

  it('declares the same limits in the served document', async () => {
    const document = (await api.http.get('/docs-json')).body;
    const schema = document.components.schemas.RegisterReceivableDto.properties;
    expect(schema.description).toMatchObject({ maxLength: 2000 });
    expect(schema.invoices).toMatchObject({ maxItems: 200 });
  });
});

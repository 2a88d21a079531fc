import { API, startApi, type TestApi } from '../../support/api';
import { eventually } from '../../support/eventually';
import {
  adminToken,
  coreFields,
  enterpriseWithUser,
  smeFields,
  type EnterpriseUser,
} from '../../factories/enterprises';
import { registerReceivable } from '../../factories/receivables';

interface Notice {
  kind: string;
  title: string;
  body: string;
  entityId: string;
}

/** What a person reads comes in the language it asks for (Accept-Language); codes never change. */
describe('answers in the reader’s language', () => {
  let api: TestApi;
  let admin: string;
  let sme: EnterpriseUser;
  let core: EnterpriseUser;

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    sme = await enterpriseWithUser(api.http, admin, smeFields());
    core = await enterpriseWithUser(api.http, admin, coreFields());
  });
  afterAll(() => api.close());

  const inbox = (token: string, language?: string) => {
    const request = api.http.get(`${API}/notifications?limit=200`).auth(token, { type: 'bearer' });
    return language ? request.set('Accept-Language', language) : request;
  };

  it('tells the supplier of a partial confirmation, with the reason, in Chinese or in English', async () => {
    const { id } = await registerReceivable(api.http, sme.token, core.enterprise.uscc, { amount: '1000.00' });
    const confirmed = await api.http
      .post(`${API}/receivables/${id}/confirm`)
      .auth(core.token, { type: 'bearer' })
      .send({ confirmedAmount: '800.00', reason: '第 3 批次短交 20 件' });
    expect(confirmed.status).toBe(200);

    const find = async (language?: string) => {
      const response = await inbox(sme.token, language);
      return (response.body.items as Notice[]).find((n) => n.kind === 'receivable.confirmed' && n.entityId === id);
    };
    const chinese = await eventually(() => find('zh-CN'), 15_000, 'the confirmation notice');
    expect(chinese.title).toContain('已部分确权');
    expect(chinese.body).toContain('¥1000.00 中的 ¥800.00');
    expect(chinese.body).toContain('第 3 批次短交 20 件');
    // A program that states no language reads what it always read: the Chinese text.
    expect((await find())!.title).toBe(chinese.title);

    const english = (await find('en'))!;
    expect(english.title).toMatch(/partly confirmed/);
    expect(english.body).toContain('confirmed only ¥800.00 of the ¥1000.00');
    expect(english.body).toContain('第 3 批次短交 20 件');
    expect(english.body).not.toMatch(/确认|账款/);

    // The debtor's request to confirm came in both languages too.
    const debtorInbox = await inbox(core.token, 'en');
    const request = (debtorInbox.body.items as Notice[]).find(
      (n) => n.kind === 'receivable.confirmation_requested' && n.entityId === id,
    );
    expect(request?.title).toMatch(/^Please confirm receivable /);
  });

  it('says under a field what its business code means, in Chinese', async () => {
    const response = await api.http
      .post(`${API}/enterprises`)
      .auth(admin, { type: 'bearer' })
      .set('Accept-Language', 'zh-CN')
      .send({ ...coreFields(), uscc: '91350100M000100Y4Z' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('USCC_INVALID');
    expect(response.body.errors).toEqual([{ field: 'uscc', message: '统一社会信用代码校验位不正确' }]);
  });
});

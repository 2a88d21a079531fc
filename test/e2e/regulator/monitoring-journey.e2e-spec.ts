import { API, startApi, type TestApi } from '../../support/api';
import { eventually } from '../../support/eventually';
import {
  adminToken,
  coreFields,
  enterpriseWithUser,
  regulator,
  smeFields,
  type EnterpriseUser,
} from '../../factories/enterprises';
import { invoiceNumber, tag } from '../../factories/identifiers';
import { confirmReceivable, day, registerReceivable } from '../../factories/receivables';

interface OverdueItem {
  receivableId: string;
  outstandingAmount: string;
  daysOverdue: number;
  lateInterest: string;
}

describe('a receivable registered, confirmed and paid late, as monitoring sees it', () => {
  let api: TestApi;
  let admin: string;
  let liuzhou: string;
  let core: EnterpriseUser;
  let sme: EnterpriseUser;
  let receivableId: string;

  const overdueOf = async (token: string, query = '') => {
    const res = await api.http
      .get(`${API}/monitoring/overdue?debtorId=${core.enterprise.id}${query}`)
      .auth(token, { type: 'bearer' });
    expect(res.status).toBe(200);
    return (res.body.items as OverdueItem[]).find((item) => item.receivableId === receivableId);
  };
  const pay = (amount: string, paidOn: string) =>
    api.http
      .post(`${API}/receivables/${receivableId}/payments`)
      .auth(core.token, { type: 'bearer' })
      .send({ amount, paidOn, reference: `PAY-${tag()}` });

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    liuzhou = await regulator(api.http, admin, '450200');
    core = await enterpriseWithUser(api.http, admin, coreFields('450200'));
    sme = await enterpriseWithUser(api.http, admin, smeFields('450100'));
    const delivered = day(-70);
    const registered = await registerReceivable(api.http, sme.token, core.enterprise.uscc, {
      invoices: [{ number: invoiceNumber(Number(delivered.slice(0, 4))), amount: '100000.00', issueDate: delivered }],
      amount: '100000.00',
      deliveryDate: delivered,
      dueDate: day(-10),
    });
    receivableId = registered.id;
  });
  afterAll(() => api.close());

  it('is not overdue before its debtor confirms it', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await overdueOf(admin)).toBeUndefined();
  });

  it('is overdue with 0.05 % a day of late interest once confirmed', async () => {
    await confirmReceivable(api.http, core.token, receivableId);
    const item = await eventually(() => overdueOf(liuzhou));
    expect(item).toMatchObject({ outstandingAmount: '100000.00', daysOverdue: 10, lateInterest: '500.00' });
    expect(await overdueOf(liuzhou, `&asOf=${day(-5)}`)).toMatchObject({ daysOverdue: 5, lateInterest: '250.00' });
  });

  it('tells the creditor and the debtor that it is overdue', async () => {
    for (const token of [sme.token, core.token]) {
      await eventually(async () => {
        const inbox = await api.http.get(`${API}/notifications?limit=200`).auth(token, { type: 'bearer' });
        return (inbox.body.items as { kind: string; entityId: string }[]).some(
          (n) => n.kind === 'receivable.overdue' && n.entityId === receivableId,
        )
          ? true
          : undefined;
      });
    }
  });

  it('accrues on what is left after a part payment, from the day after it', async () => {
    expect((await pay('40000.00', day(-7))).status).toBe(201);
    const item = await eventually(async () => {
      const found = await overdueOf(admin);
      return found?.outstandingAmount === '60000.00' ? found : undefined;
    });
    expect(item).toMatchObject({ lateInterest: '360.00' });
  });

  it('leaves the list once paid, and stays in the list of the days before', async () => {
    expect((await pay('60000.00', day(0))).status).toBe(201);
    await eventually(async () => ((await overdueOf(admin)) === undefined ? true : undefined));
    expect(await overdueOf(admin, `&asOf=${day(-1)}`)).toMatchObject({
      outstandingAmount: '60000.00',
      daysOverdue: 9,
      // 3 days on 100000.00 and 6 on 60000.00
      lateInterest: '330.00',
    });
    const card = await api.http
      .get(`${API}/monitoring/debtors/${core.enterprise.id}`)
      .auth(core.token, { type: 'bearer' });
    // Settled 10 days late: 3 days on 100000.00 and 7 on 60000.00.
    expect(card.body).toMatchObject({ settledCount: 1, onTimePaymentRate: '0.0000', lateInterest: '360.00' });
  });
});

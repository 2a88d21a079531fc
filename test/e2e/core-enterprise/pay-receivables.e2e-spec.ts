import { API, startApi, type TestApi } from '../../support/api';
import {
  adminToken,
  coreFields,
  enterpriseWithUser,
  smeFields,
  type EnterpriseUser,
} from '../../factories/enterprises';
import { confirmedReceivable, day, pay } from '../../factories/receivables';

describe('a debtor records payments', () => {
  let api: TestApi;
  let sme: EnterpriseUser;
  let core: EnterpriseUser;

  beforeAll(async () => {
    api = await startApi();
    const admin = await adminToken(api.http);
    sme = await enterpriseWithUser(api.http, admin, smeFields());
    core = await enterpriseWithUser(api.http, admin, coreFields());
  });
  afterAll(() => api.close());

  const confirmed = (amount = '1000.00') =>
    confirmedReceivable(api.http, sme.token, { token: core.token, uscc: core.enterprise.uscc }, { amount });

  it('pays in parts; nothing outstanding settles it on the last payment’s day', async () => {
    const { id } = await confirmed('1000.00');
    const first = await pay(api.http, core.token, id, '400.5', 'CMB-1');
    expect(first.status).toBe(201);
    expect(first.body.payment).toMatchObject({
      receivableId: id,
      amount: '400.50',
      paidOn: day(0),
      reference: 'CMB-1',
    });
    expect(first.body.receivable).toMatchObject({
      status: 'CONFIRMED',
      paidAmount: '400.50',
      outstandingAmount: '599.50',
    });
    const last = await pay(api.http, core.token, id, '599.50', 'CMB-2');
    expect(last.body.receivable).toMatchObject({
      status: 'SETTLED',
      outstandingAmount: '0.00',
      paidAmount: '1000.00',
      settledOn: day(0),
      expectedPaymentDate: null,
    });
    const payments = await api.http.get(`${API}/receivables/${id}/payments`).auth(sme.token, { type: 'bearer' });
    expect(payments.body.items.map((p: { reference: string }) => p.reference)).toEqual(['CMB-1', 'CMB-2']);
  });

  it('refuses more than is outstanding with 422 OVERPAYMENT, changing nothing', async () => {
    const { id } = await confirmed('1000.00');
    await pay(api.http, core.token, id, '999.00');
    const response = await pay(api.http, core.token, id, '1.01');
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('OVERPAYMENT');
    const now = await api.http.get(`${API}/receivables/${id}`).auth(core.token, { type: 'bearer' });
    expect(now.body.outstandingAmount).toBe('1.00');
  });

  it('refuses a reference recorded before (409), a future day, zero and malformed amounts (400)', async () => {
    const { id } = await confirmed('1000.00');
    await pay(api.http, core.token, id, '1.00', 'DUP-1');
    const again = await pay(api.http, core.token, id, '1.00', 'DUP-1');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PAYMENT_ALREADY_RECORDED');
    const send = (body: object) =>
      api.http.post(`${API}/receivables/${id}/payments`).auth(core.token, { type: 'bearer' }).send(body);
    expect((await send({ amount: '1.00', paidOn: day(1), reference: 'F' })).status).toBe(400);
    expect((await send({ amount: '0', paidOn: day(0), reference: 'Z' })).status).toBe(400);
    expect((await send({ amount: 1, paidOn: day(0), reference: 'N' })).status).toBe(400);
    expect((await send({ amount: '1.00', paidOn: day(0) })).status).toBe(400);
  });

  it('lets only the debtor’s users pay: the creditor gets 403', async () => {
    const { id } = await confirmed();
    expect((await pay(api.http, sme.token, id, '1.00')).status).toBe(403);
  });
});

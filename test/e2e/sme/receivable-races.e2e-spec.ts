import { API, startApi, type TestApi } from '../../support/api';
import {
  adminToken,
  coreFields,
  enterpriseWithUser,
  smeFields,
  type EnterpriseUser,
} from '../../factories/enterprises';
import { invoiceNumber } from '../../factories/identifiers';
import { confirmedReceivable, day, pay, receivableFields, registerReceivable } from '../../factories/receivables';

describe('receivables under concurrent requests', () => {
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

  const statuses = (responses: { status: number }[]) => responses.map((r) => r.status).sort();

  it('8 simultaneous confirmations: exactly one succeeds, the others are 409 INVALID_STATE', async () => {
    const { id } = await registerReceivable(api.http, sme.token, core.enterprise.uscc);
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        api.http.post(`${API}/receivables/${id}/confirm`).auth(core.token, { type: 'bearer' }).send({}),
      ),
    );
    expect(statuses(responses)).toEqual([200, ...Array<number>(7).fill(409)]);
    expect(responses.filter((r) => r.status === 409).every((r) => r.body.code === 'INVALID_STATE')).toBe(true);
    const trail = await api.http.get(`${API}/receivables/${id}/events`).auth(sme.token, { type: 'bearer' });
    expect(trail.body.items.filter((e: { action: string }) => e.action === 'receivable.confirmed')).toHaveLength(1);
  });

  it('50 simultaneous payments worth more than is outstanding: outstanding never goes below zero', async () => {
    const { id } = await confirmedReceivable(
      api.http,
      sme.token,
      { token: core.token, uscc: core.enterprise.uscc },
      { amount: '1000.00' },
    );
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => pay(api.http, core.token, id, '30.00', `P-${i}`)),
    );
    const accepted = responses.filter((r) => r.status === 201);
    const refused = responses.filter((r) => r.status !== 201);
    expect(accepted).toHaveLength(33); // 33 × 30.00 = 990.00; a 34th would exceed 1000.00
    expect(refused.every((r) => r.status === 422 && r.body.code === 'OVERPAYMENT')).toBe(true);
    const after = await api.http.get(`${API}/receivables/${id}`).auth(sme.token, { type: 'bearer' });
    expect(after.body).toMatchObject({ paidAmount: '990.00', outstandingAmount: '10.00', status: 'CONFIRMED' });
    const payments = await api.http.get(`${API}/receivables/${id}/payments`).auth(sme.token, { type: 'bearer' });
    expect(payments.body.items).toHaveLength(33);
  });

  it('payments racing to settle: exactly the outstanding amount is paid and it settles once', async () => {
    const { id } = await confirmedReceivable(
      api.http,
      sme.token,
      { token: core.token, uscc: core.enterprise.uscc },
      { amount: '100.00' },
    );
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => pay(api.http, core.token, id, '10.00', `S-${i}`)),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(10);
    const after = await api.http.get(`${API}/receivables/${id}`).auth(sme.token, { type: 'bearer' });
    expect(after.body).toMatchObject({ status: 'SETTLED', outstandingAmount: '0.00' });
    const trail = await api.http.get(`${API}/receivables/${id}/events`).auth(sme.token, { type: 'bearer' });
    expect(trail.body.items.filter((e: { action: string }) => e.action === 'receivable.settled')).toHaveLength(1);
  });

  it('two simultaneous registrations of one invoice: one wins, the other is 409 INVOICE_ALREADY_REGISTERED', async () => {
    for (let round = 0; round < 5; round += 1) {
      const invoices = [{ number: invoiceNumber(), amount: '100000.00', issueDate: day(-10) }];
      const responses = await Promise.all(
        [0, 1].map(() =>
          api.http
            .post(`${API}/receivables`)
            .auth(sme.token, { type: 'bearer' })
            .send(receivableFields(core.enterprise.uscc, { invoices })),
        ),
      );
      expect(statuses(responses)).toEqual([201, 409]);
      expect(responses.find((r) => r.status === 409)?.body.code).toBe('INVOICE_ALREADY_REGISTERED');
    }
  });

  it('crossing batch confirmations never deadlock and confirm each receivable once', async () => {
    const ids = await Promise.all(
      Array.from({ length: 6 }, async () => (await registerReceivable(api.http, sme.token, core.enterprise.uscc)).id),
    );
    const batch = (order: string[]) =>
      api.http.post(`${API}/receivables/confirmations`).auth(core.token, { type: 'bearer' }).send({ ids: order });
    const responses = await Promise.all([
      batch(ids),
      batch([...ids].reverse()),
      batch(ids.slice(2)),
      batch(ids.slice(0, 4)),
    ]);
    expect(responses.every((r) => r.status === 200)).toBe(true);
    const confirmations = responses.reduce((sum, r) => sum + (r.body.confirmed as number), 0);
    expect(confirmations).toBe(6);
  });
});

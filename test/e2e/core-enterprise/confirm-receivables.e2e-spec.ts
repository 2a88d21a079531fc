import { API, startApi, type TestApi } from '../../support/api';
import { eventually } from '../../support/eventually';
import {
  adminToken,
  bankFields,
  coreFields,
  enterpriseWithUser,
  smeFields,
  type EnterpriseUser,
} from '../../factories/enterprises';
import { confirmReceivable, day, pay, registerReceivable } from '../../factories/receivables';

describe('a core enterprise confirms, disputes and is asked about receivables', () => {
  let api: TestApi;
  let sme: EnterpriseUser;
  let core: EnterpriseUser;
  let otherCore: EnterpriseUser;
  let bank: EnterpriseUser;

  beforeAll(async () => {
    api = await startApi();
    const admin = await adminToken(api.http);
    sme = await enterpriseWithUser(api.http, admin, smeFields());
    core = await enterpriseWithUser(api.http, admin, coreFields());
    otherCore = await enterpriseWithUser(api.http, admin, coreFields());
    bank = await enterpriseWithUser(api.http, admin, bankFields());
  });
  afterAll(() => api.close());

  const post = (path: string, token: string, body: object = {}) =>
    api.http.post(`${API}/receivables${path}`).auth(token, { type: 'bearer' }).send(body);
  const registered = (overrides: Record<string, unknown> = {}) =>
    registerReceivable(api.http, sme.token, core.enterprise.uscc, overrides);

  /** A receivable in each status, reached over HTTP. */
  async function inStatus(status: string): Promise<string> {
    const { id } = await registered({ amount: '1000.00' });
    if (status === 'CONFIRMED' || status === 'SETTLED') await confirmReceivable(api.http, core.token, id);
    if (status === 'SETTLED') expect((await pay(api.http, core.token, id, '1000.00')).status).toBe(201);
    if (status === 'DISPUTED')
      expect((await post(`/${id}/dispute`, core.token, { reason: '数量不符' })).status).toBe(200);
    if (status === 'CANCELLED') expect((await post(`/${id}/cancel`, sme.token)).status).toBe(200);
    return id;
  }

  it('confirms the whole debt: outstanding is the confirmed amount, confirmedAt an ISO timestamp', async () => {
    const { id } = await registered({ amount: '500000.50' });
    const response = await post(`/${id}/confirm`, core.token);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'CONFIRMED',
      confirmedAmount: '500000.50',
      outstandingAmount: '500000.50',
      disputedAmount: '0.00',
    });
    expect(response.body.confirmedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('confirms part of it with a corrected due date: the rest stays disputed, the part stands', async () => {
    const { id } = await registered({ amount: '1000.00', deliveryDate: day(-10), dueDate: day(20) });
    const response = await post(`/${id}/confirm`, core.token, {
      confirmedAmount: '800',
      dueDate: day(30),
      reason: '短交 20 件',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'CONFIRMED',
      amount: '1000.00',
      confirmedAmount: '800.00',
      disputedAmount: '200.00',
      outstandingAmount: '800.00',
      dueDate: day(30),
      paymentTermDays: 40,
      disputeReason: '短交 20 件',
    });
  });

  it('refuses more than the amount (422), a due date before delivery (400) and leaves it pending', async () => {
    const { id } = await registered({ amount: '1000.00' });
    const more = await post(`/${id}/confirm`, core.token, { confirmedAmount: '1000.01' });
    expect(more.status).toBe(422);
    expect(more.body.code).toBe('CONFIRMED_AMOUNT_EXCEEDS_AMOUNT');
    const early = await post(`/${id}/confirm`, core.token, { dueDate: day(-30) });
    expect(early.status).toBe(400);
    const now = await api.http.get(`${API}/receivables/${id}`).auth(core.token, { type: 'bearer' });
    expect(now.body.status).toBe('PENDING_CONFIRMATION');
  });

  it('lets only the debtor’s users confirm: the creditor 403, another core enterprise 404, a bank 403', async () => {
    const { id } = await registered();
    expect((await post(`/${id}/confirm`, sme.token)).status).toBe(403);
    expect((await post(`/${id}/confirm`, otherCore.token)).status).toBe(404);
    expect((await post(`/${id}/confirm`, bank.token)).status).toBe(403);
    expect((await post(`/${id}/dispute`, sme.token, { reason: 'x' })).status).toBe(403);
  });

  it('disputes with a reason; a blank reason is 400', async () => {
    const { id } = await registered();
    expect((await post(`/${id}/dispute`, core.token, { reason: '  ' })).status).toBe(400);
    const response = await post(`/${id}/dispute`, core.token, { reason: '货物质量不符合合同约定' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'DISPUTED',
      disputeReason: '货物质量不符合合同约定',
      outstandingAmount: '0.00',
      expectedPaymentDate: null,
    });
  });

  it('lets the creditor cancel before confirmation, and only the creditor', async () => {
    const { id } = await registered();
    expect((await post(`/${id}/cancel`, core.token)).status).toBe(403);
    const response = await post(`/${id}/cancel`, sme.token);
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('CANCELLED');
  });

  describe('every transition the state machine refuses is 409 INVALID_STATE', () => {
    const refused: [string, string][] = [
      ['confirm', 'CONFIRMED'],
      ['confirm', 'DISPUTED'],
      ['confirm', 'CANCELLED'],
      ['confirm', 'SETTLED'],
      ['dispute', 'CONFIRMED'],
      ['dispute', 'DISPUTED'],
      ['dispute', 'CANCELLED'],
      ['dispute', 'SETTLED'],
      ['cancel', 'CONFIRMED'],
      ['cancel', 'CANCELLED'],
      ['cancel', 'SETTLED'],
      ['payments', 'PENDING_CONFIRMATION'],
      ['payments', 'DISPUTED'],
      ['payments', 'CANCELLED'],
      ['payments', 'SETTLED'],
    ];
    it.each(refused)('%s from %s', async (action, status) => {
      const id = await inStatus(status);
      const token = action === 'cancel' ? sme.token : core.token;
      const body =
        action === 'dispute'
          ? { reason: '不同意' }
          : action === 'payments'
            ? { amount: '1.00', paidOn: day(0), reference: 'R1' }
            : {};
      const response = await post(`/${id}/${action}`, token, body);
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('INVALID_STATE');
      const after = await api.http.get(`${API}/receivables/${id}`).auth(sme.token, { type: 'bearer' });
      expect(after.body.status).toBe(status);
    });

    it('but a disputed receivable may be cancelled by its creditor', async () => {
      const id = await inStatus('DISPUTED');
      expect((await post(`/${id}/cancel`, sme.token)).body.status).toBe('CANCELLED');
    });
  });

  it('confirms many in one call, with a result per id', async () => {
    const first = await registered();
    const second = await registered();
    const done = await inStatus('CONFIRMED');
    const foreign = (await registerReceivable(api.http, sme.token, otherCore.enterprise.uscc)).id;
    const unknown = '00000000-0000-4000-8000-000000000000';
    const response = await post('/confirmations', core.token, { ids: [second.id, first.id, done, foreign, unknown] });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ confirmed: 2, refused: 3 });
    expect(
      response.body.results.map((r: { id: string; ok: boolean; code?: string; status?: number }) => [
        r.id,
        r.ok,
        r.status,
        r.code,
      ]),
    ).toEqual([
      [second.id, true, undefined, undefined],
      [first.id, true, undefined, undefined],
      [done, false, 409, 'INVALID_STATE'],
      [foreign, false, 404, 'NOT_FOUND'],
      [unknown, false, 404, 'NOT_FOUND'],
    ]);
    expect(response.body.results[0].receivable).toMatchObject({ id: second.id, status: 'CONFIRMED' });
    expect((await post('/confirmations', core.token, { ids: [] })).status).toBe(400);
    expect((await post('/confirmations', core.token, { ids: ['nope'] })).status).toBe(400);
  });

  it('tells the debtor to confirm and the creditor what happened, in their inboxes', async () => {
    const { id } = await registered({ amount: '1000.00' });
    const inbox = (token: string, kind: string) =>
      eventually(async () => {
        const list = await api.http.get(`${API}/notifications?limit=200`).auth(token, { type: 'bearer' });
        return list.body.items.find((n: { kind: string; entityId: string }) => n.kind === kind && n.entityId === id);
      });
    expect(await inbox(core.token, 'receivable.confirmation_requested')).toMatchObject({ entityType: 'receivable' });
    await confirmReceivable(api.http, core.token, id);
    expect(await inbox(sme.token, 'receivable.confirmed')).toBeDefined();
    await pay(api.http, core.token, id, '400.00');
    expect(await inbox(sme.token, 'receivable.payment_recorded')).toBeDefined();
    await pay(api.http, core.token, id, '600.00');
    expect(await inbox(sme.token, 'receivable.settled')).toBeDefined();
    const disputed = await registered();
    await post(`/${disputed.id}/dispute`, core.token, { reason: '价格有误' });
    const notice = await eventually(async () => {
      const list = await api.http.get(`${API}/notifications?limit=200`).auth(sme.token, { type: 'bearer' });
      return list.body.items.find(
        (n: { kind: string; entityId: string }) => n.kind === 'receivable.disputed' && n.entityId === disputed.id,
      );
    });
    expect(notice.body).toContain('价格有误');
  });

  it('shows the parties the receivable’s timeline', async () => {
    const { id } = await registered({ amount: '1000.00' });
    await confirmReceivable(api.http, core.token, id);
    await pay(api.http, core.token, id, '1000.00');
    const timeline = await api.http.get(`${API}/receivables/${id}/events`).auth(sme.token, { type: 'bearer' });
    expect(timeline.status).toBe(200);
    expect(timeline.body.items.map((e: { action: string; status: string }) => [e.action, e.status])).toEqual([
      ['receivable.registered', 'PENDING_CONFIRMATION'],
      ['receivable.confirmed', 'CONFIRMED'],
      ['receivable.payment_recorded', 'SETTLED'],
      ['receivable.settled', 'SETTLED'],
    ]);
    expect(timeline.body.items[1].actor).toMatchObject({ type: 'user', name: core.username });
    expect(
      (await api.http.get(`${API}/receivables/${id}/events`).auth(otherCore.token, { type: 'bearer' })).status,
    ).toBe(404);
  });
});

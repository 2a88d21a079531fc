import { randomUUID } from 'node:crypto';
import type { Principal } from '@gqt/platform';
import { ReceivablesFinancingPort } from '@gqt/receivables';
import { API, startApi, type TestApi } from '../../support/api';
import { eventually } from '../../support/eventually';
import { inContext } from '../../support/in-context';
import {
  adminToken,
  bankFields,
  coreFields,
  enterpriseWithUser,
  smeFields,
  type EnterpriseUser,
} from '../../factories/enterprises';
import { confirmedReceivable, day, pay, registerReceivable } from '../../factories/receivables';

/** What the financing context relies on (CONTRACTS.md § Receivables → financing), run as it runs them. */
describe('receivables put into pledge financing', () => {
  let api: TestApi;
  let service: ReceivablesFinancingPort;
  let sme: EnterpriseUser;
  let otherSme: EnterpriseUser;
  let core: EnterpriseUser;
  let bank: EnterpriseUser;

  const principalOf = (user: EnterpriseUser): Principal => ({
    type: 'user',
    id: randomUUID(),
    name: user.username,
    role: 'SME',
    enterpriseId: user.enterprise.id,
    jurisdiction: null,
    scopes: [],
  });
  const actor = { type: 'system' as const, id: null, name: 'financing' };
  const lock = (ids: string[], requestId = randomUUID(), who = sme) =>
    inContext(api.app, () => service.lockForFinancing(principalOf(who), ids, requestId, bank.enterprise.id));
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: { code: string }) => error.code,
    );
  const confirmed = (overrides: Record<string, unknown> = {}) =>
    confirmedReceivable(api.http, sme.token, { token: core.token, uscc: core.enterprise.uscc }, overrides);
  const read = (id: string, token = sme.token) =>
    api.http.get(`${API}/receivables/${id}`).auth(token, { type: 'bearer' });

  beforeAll(async () => {
    api = await startApi();
    service = api.app.get(ReceivablesFinancingPort);
    const admin = await adminToken(api.http);
    sme = await enterpriseWithUser(api.http, admin, smeFields());
    otherSme = await enterpriseWithUser(api.http, admin, smeFields());
    core = await enterpriseWithUser(api.http, admin, coreFields());
    bank = await enterpriseWithUser(api.http, admin, bankFields());
  });
  afterAll(() => api.close());

  it('locks confirmed receivables, links them to the request and lets the bank see them', async () => {
    const a = await confirmed({ amount: '1000.00' });
    const b = await confirmed({ amount: '500.00' });
    expect((await read(a.id, bank.token)).status).toBe(404);
    const requestId = randomUUID();
    const locked = await lock([b.id, a.id], requestId);
    expect(locked.map((r) => r.id)).toEqual([a.id, b.id].sort());
    expect(locked.find((r) => r.id === a.id)?.outstandingAmount.toString()).toBe('1000.00');
    expect((await read(a.id, bank.token)).body.financingRequestId).toBe(requestId);
  });

  it('refuses what the caller does not own (404), what is not financeable (422) and what is pledged (409)', async () => {
    const pending = await registerReceivable(api.http, sme.token, core.enterprise.uscc);
    const overdue = await confirmed({ deliveryDate: day(-40), dueDate: day(-1) });
    const paid = await confirmed({ amount: '10.00' });
    await pay(api.http, core.token, paid.id, '10.00');
    const pledged = await confirmed();
    await lock([pledged.id]);
    const good = await confirmed();
    expect(await refusal(lock([good.id], randomUUID(), otherSme))).toBe('NOT_FOUND');
    expect(await refusal(lock([good.id, randomUUID()]))).toBe('NOT_FOUND');
    for (const id of [pending.id, overdue.id, paid.id]) {
      expect(await refusal(lock([good.id, id]))).toBe('RECEIVABLE_NOT_FINANCEABLE');
    }
    expect(await refusal(lock([good.id, pledged.id]))).toBe('RECEIVABLE_ALREADY_PLEDGED');
    expect((await read(good.id)).body.financingRequestId).toBeNull();
  });

  it('lets one of many racing requests have a receivable, never two', async () => {
    const { id } = await confirmed();
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => refusal(lock([id]))));
    expect(outcomes.filter((code) => code === undefined)).toHaveLength(1);
    expect(outcomes.filter((code) => code === 'RECEIVABLE_ALREADY_PLEDGED')).toHaveLength(9);
  });

  it('shows the pledge notice to the debtor and tells its users; release clears both', async () => {
    const { id } = await confirmed();
    const requestId = randomUUID();
    await lock([id], requestId);
    await inContext(api.app, () =>
      service.recordPledge(
        requestId,
        {
          bankId: bank.enterprise.id,
          bankName: bank.enterprise.name,
          registrationNo: '04512345678901234567',
          disbursedOn: day(0),
        },
        actor,
      ),
    );
    expect((await read(id, core.token)).body.pledge).toEqual({
      financingRequestId: requestId,
      bankId: bank.enterprise.id,
      bankName: bank.enterprise.name,
      registrationNo: '04512345678901234567',
      disbursedOn: day(0),
      paymentToPledgee: true,
    });
    const notice = await eventually(async () => {
      const inbox = await api.http.get(`${API}/notifications?limit=200`).auth(core.token, { type: 'bearer' });
      return inbox.body.items.find(
        (n: { kind: string; entityId: string }) => n.kind === 'receivable.pledged' && n.entityId === id,
      );
    });
    expect(notice.body).toContain('04512345678901234567');

    await inContext(api.app, () => service.releaseFromFinancing(requestId, actor));
    const released = await read(id);
    expect(released.body).toMatchObject({ financingRequestId: null, pledge: null });
    expect((await read(id, bank.token)).status).toBe(200); // a bank keeps seeing what was put before it
    expect(await refusal(lock([id]))).toBeUndefined();
    const timeline = await api.http.get(`${API}/receivables/${id}/events`).auth(sme.token, { type: 'bearer' });
    expect(timeline.body.items.map((e: { action: string }) => e.action)).toEqual([
      'receivable.registered',
      'receivable.confirmed',
      'receivable.financing_requested',
      'receivable.pledged',
      'receivable.financing_released',
      'receivable.financing_requested',
    ]);
  });
});

import { API, startApi, type TestApi } from '../../support/api';
import { eventually } from '../../support/eventually';
import { bankClientToken } from '../../factories/banks';
import { adminToken, bankFields, enterpriseWithUser, regulator, smeFields } from '../../factories/enterprises';
import {
  confirmedReceivable,
  decide,
  financingParties,
  requestFinancing,
  type FinancingParties,
} from '../../factories/financing';
import { day, pay, registerReceivable } from '../../factories/receivables';
import { tag } from '../../factories/identifiers';

const approval = { approvedAmount: '80000.00', annualRate: '0.0435', termDays: 30 };
const disbursement = () => ({
  loanReference: `LN-${tag()}`,
  disbursedOn: day(0),
  pledgeRegistrationNo: `0611${Date.now()}`,
});

describe('pledge financing', () => {
  let api: TestApi;
  let admin: string;
  let parties: FinancingParties;

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    parties = await financingParties(api.http, admin);
  });
  afterAll(() => api.close());

  const get = (path: string, token: string) => api.http.get(`${API}${path}`).auth(token, { type: 'bearer' });
  const bankId = () => parties.bank.enterprise.id;

  /** A request in the given state, made by the SME and taken there by the bank's API client. */
  type State = 'SUBMITTED' | 'APPROVED' | 'DISBURSED' | 'REPAID' | 'REJECTED' | 'WITHDRAWN';

  async function requestIn(state: State) {
    const receivableId = await confirmedReceivable(api.http, parties);
    const created = await requestFinancing(api.http, parties.sme.token, bankId(), [receivableId]);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const steps: Record<State, [string, string, object][]> = {
      SUBMITTED: [],
      APPROVED: [['approve', parties.bankApi, approval]],
      DISBURSED: [
        ['approve', parties.bankApi, approval],
        ['disburse', parties.bankApi, disbursement()],
      ],
      REPAID: [
        ['approve', parties.bankApi, approval],
        ['disburse', parties.bankApi, disbursement()],
        ['repay', parties.bankApi, { repaidOn: day(0) }],
      ],
      REJECTED: [['reject', parties.bankApi, { reason: '额度不足' }]],
      WITHDRAWN: [['withdraw', parties.sme.token, {}]],
    };
    for (const [action, token, body] of steps[state]) {
      const response = await decide(api.http, token, id, action, body);
      expect(response.status).toBe(200);
    }
    return { id, receivableId };
  }

  it('takes a request from submission through approval, pledge registration and disbursement to repayment', async () => {
    const receivableId = await confirmedReceivable(api.http, parties);
    const created = await requestFinancing(api.http, parties.sme.token, bankId(), [receivableId], {
      requestedAmount: '80000.00',
      termDays: 30,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'SUBMITTED',
      smeId: parties.sme.enterprise.id,
      bankId: bankId(),
      sme: { name: parties.sme.enterprise.name },
      receivableIds: [receivableId],
      requestedAmount: '80000.00',
      termDays: 30,
      outstandingTotal: '100000.00',
      financingRatio: '0.80',
      approvedAmount: null,
      pledgeRegistrationNo: null,
    });
    const id = created.body.id as string;
    expect((await get(`/receivables/${receivableId}`, parties.sme.token)).body.financingRequestId).toBe(id);

    const queue = await get('/financing-requests?status=SUBMITTED', parties.bankApi);
    expect(queue.body.items.map((r: { id: string }) => r.id)).toContain(id);
    expect((await get(`/receivables/${receivableId}`, parties.bankApi)).status).toBe(200);

    const approved = await decide(api.http, parties.bankApi, id, 'approve', {
      approvedAmount: '75000',
      annualRate: '0.04350',
      termDays: 28,
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'APPROVED',
      approvedAmount: '75000.00',
      annualRate: '0.0435',
      approvedTermDays: 28,
    });

    const registrationNo = `0611${Date.now()}`;
    const disbursed = await decide(api.http, parties.bankApi, id, 'disburse', {
      loanReference: 'LN-2026-000123',
      disbursedOn: day(0),
      pledgeRegistrationNo: registrationNo,
    });
    expect(disbursed.status).toBe(200);
    expect(disbursed.body).toMatchObject({
      status: 'DISBURSED',
      loanReference: 'LN-2026-000123',
      disbursedOn: day(0),
      pledgeRegistrationNo: registrationNo,
      maturityDate: day(28),
    });

    // The pledge notice: the debtor sees to whom the receivable is pledged and that it pays the bank.
    const seenByDebtor = await get(`/receivables/${receivableId}`, parties.core.token);
    expect(seenByDebtor.body.pledge).toEqual({
      financingRequestId: id,
      bankId: bankId(),
      bankName: parties.bank.enterprise.name,
      registrationNo,
      disbursedOn: day(0),
      paymentToPledgee: true,
    });
    await eventually(async () => {
      const inbox = await get('/notifications', parties.core.token);
      return inbox.body.items.find((n: { kind: string; entityId: string }) => n.kind === 'receivable.pledged')
        ? true
        : undefined;
    });

    const repaid = await decide(api.http, parties.bankApi, id, 'repay', { repaidOn: day(0) });
    expect(repaid.status).toBe(200);
    expect(repaid.body).toMatchObject({ status: 'REPAID', repaidOn: day(0) });
    const released = await get(`/receivables/${receivableId}`, parties.sme.token);
    expect(released.body).toMatchObject({ financingRequestId: null, pledge: null });

    for (const token of [parties.sme.token, parties.bank.token]) {
      const kinds = await eventually(async () => {
        const inbox = await get('/notifications?limit=200', token);
        const mine = inbox.body.items.filter((n: { entityId: string }) => n.entityId === id);
        return mine.length >= 4 ? mine.map((n: { kind: string }) => n.kind) : undefined;
      });
      expect(new Set(kinds)).toEqual(
        new Set([
          'financing_request.submitted',
          'financing_request.approved',
          'financing_request.disbursed',
          'financing_request.repaid',
        ]),
      );
    }
    const trail = await get(`/audit-events?entityId=${id}`, admin);
    expect(trail.body.items.map((e: { action: string }) => e.action).sort()).toEqual([
      'financing_request.approved',
      'financing_request.disbursed',
      'financing_request.repaid',
      'financing_request.submitted',
    ]);
  });

  describe('refuses every transition its state does not allow with 409 INVALID_STATE', () => {
    const actions: Record<string, object> = {
      approve: approval,
      reject: { reason: 'no' },
      withdraw: {},
      disburse: disbursement(),
      repay: { repaidOn: day(0) },
    };
    const allowed: Record<State, string[]> = {
      SUBMITTED: ['approve', 'reject', 'withdraw'],
      APPROVED: ['withdraw', 'disburse'],
      DISBURSED: ['repay'],
      REPAID: [],
      REJECTED: [],
      WITHDRAWN: [],
    };
    for (const [state, permitted] of Object.entries(allowed) as [State, string[]][]) {
      const refused = Object.keys(actions).filter((action) => !permitted.includes(action));
      it(`${state}: ${refused.join(', ')}`, async () => {
        const { id } = await requestIn(state);
        for (const action of refused) {
          const token = action === 'withdraw' ? parties.sme.token : parties.bankApi;
          const response = await decide(api.http, token, id, action, actions[action]);
          expect({ action, status: response.status, code: response.body.code }).toEqual({
            action,
            status: 409,
            code: 'INVALID_STATE',
          });
        }
        expect((await get(`/financing-requests/${id}`, parties.sme.token)).body.status).toBe(state);
      });
    }
  });

  it('releases the receivables when the bank rejects or the SME withdraws, and only then', async () => {
    for (const end of ['REJECTED', 'WITHDRAWN'] as const) {
      const { id, receivableId } = await requestIn(end);
      const receivable = await get(`/receivables/${receivableId}`, parties.sme.token);
      expect(receivable.body.financingRequestId).toBeNull();
      const again = await requestFinancing(api.http, parties.sme.token, bankId(), [receivableId]);
      expect(again.status).toBe(201);
      expect(again.body.id).not.toBe(id);
    }
    const { receivableId } = await requestIn('APPROVED');
    const second = await requestFinancing(api.http, parties.sme.token, bankId(), [receivableId]);
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('RECEIVABLE_ALREADY_PLEDGED');
  });

  it('lets the SME withdraw an approved request but not a disbursed one', async () => {
    const approved = await requestIn('APPROVED');
    expect((await decide(api.http, parties.sme.token, approved.id, 'withdraw')).body.status).toBe('WITHDRAWN');
    const disbursed = await requestIn('DISBURSED');
    expect((await decide(api.http, parties.sme.token, disbursed.id, 'withdraw')).status).toBe(409);
  });

  describe('business rules', () => {
    it('lends at most the bank financing ratio of the outstanding total', async () => {
      const receivableId = await confirmedReceivable(api.http, parties);
      const above = await requestFinancing(api.http, parties.sme.token, bankId(), [receivableId], {
        requestedAmount: '80000.01',
      });
      expect(above.status).toBe(422);
      expect(above.body.code).toBe('AMOUNT_EXCEEDS_LIMIT');
      expect((await get(`/receivables/${receivableId}`, parties.sme.token)).body.financingRequestId).toBeNull();

      const generous = await enterpriseWithUser(api.http, admin, bankFields());
      const ratio = await api.http
        .patch(`${API}/enterprises/${generous.enterprise.id}`)
        .auth(admin, { type: 'bearer' })
        .send({ financingRatio: '0.90' });
      expect(ratio.status).toBe(200);
      const within = await requestFinancing(api.http, parties.sme.token, generous.enterprise.id, [receivableId], {
        requestedAmount: '90000.00',
      });
      expect(within.status).toBe(201);
      expect(within.body.financingRatio).toBe('0.90');
    });

    it('sums the outstanding amounts of several receivables', async () => {
      const ids = [
        await confirmedReceivable(api.http, parties, { amount: '30000.00' }),
        await confirmedReceivable(api.http, parties, { amount: '20000.50' }),
      ];
      const response = await requestFinancing(api.http, parties.sme.token, bankId(), ids, {
        requestedAmount: '40000.40',
      });
      expect(response.status).toBe(201);
      expect(response.body.outstandingTotal).toBe('50000.50');
      expect(response.body.receivableIds).toEqual([...ids].sort());
    });

    it('keeps the term within the remaining tenor of the receivables', async () => {
      const receivableId = await confirmedReceivable(api.http, parties, { dueDate: day(20) });
      const tooLong = await requestFinancing(api.http, parties.sme.token, bankId(), [receivableId], { termDays: 21 });
      expect(tooLong.status).toBe(422);
      expect(tooLong.body.code).toBe('TERM_EXCEEDS_TENOR');
      const fits = await requestFinancing(api.http, parties.sme.token, bankId(), [receivableId], { termDays: 20 });
      expect(fits.status).toBe(201);
      const longer = await decide(api.http, parties.bankApi, fits.body.id, 'approve', { ...approval, termDays: 21 });
      expect(longer.status).toBe(422);
      expect(longer.body.code).toBe('TERM_EXCEEDS_TENOR');
    });

    it('approves at most the requested amount, at a sensible rate', async () => {
      const { id } = await requestIn('SUBMITTED');
      const more = await decide(api.http, parties.bankApi, id, 'approve', { ...approval, approvedAmount: '80000.01' });
      expect(more.status).toBe(422);
      expect(more.body.code).toBe('AMOUNT_EXCEEDS_REQUESTED');
      const rate = await decide(api.http, parties.bankApi, id, 'approve', { ...approval, annualRate: '1.5' });
      expect(rate.body.code).toBe('RATE_OUT_OF_RANGE');
      expect((await get(`/financing-requests/${id}`, parties.sme.token)).body.status).toBe('SUBMITTED');
    });

    it('finances only confirmed receivables of the SME that are not overdue and have money outstanding', async () => {
      const pending = await registerReceivable(api.http, parties.sme.token, parties.core.enterprise.uscc);
      const overdue = await confirmedReceivable(api.http, parties, { dueDate: day(-1), deliveryDate: day(-10) });
      const paid = await confirmedReceivable(api.http, parties, { amount: '1000.00' });
      const payment = await api.http
        .post(`${API}/receivables/${paid}/payments`)
        .auth(parties.core.token, { type: 'bearer' })
        .send({ amount: '1000.00', paidOn: day(0), reference: `PAY-${tag()}` });
      expect(payment.status).toBe(201);
      for (const id of [pending.id, overdue, paid]) {
        const response = await requestFinancing(api.http, parties.sme.token, bankId(), [id], {
          requestedAmount: '100.00',
          termDays: 1,
        });
        expect(response.status).toBe(422);
        expect(response.body.code).toBe('RECEIVABLE_NOT_FINANCEABLE');
      }
      const stranger = await enterpriseWithUser(api.http, admin, smeFields());
      const notMine = await requestFinancing(api.http, stranger.token, bankId(), [
        await confirmedReceivable(api.http, parties),
      ]);
      expect(notMine.status).toBe(404);
    });

    it('checks the receivables again when the bank approves and pays out: payments since shrink the pledge', async () => {
      const { id, receivableId } = await requestIn('SUBMITTED');
      const pledged = async () => (await get(`/receivables/${receivableId}`, parties.sme.token)).body;
      expect((await pay(api.http, parties.core.token, receivableId, '10000.00')).status).toBe(201);
      const beyond = await decide(api.http, parties.bankApi, id, 'approve', approval);
      expect(beyond.status).toBe(422);
      expect(beyond.body.code).toBe('AMOUNT_EXCEEDS_LIMIT');
      const covered = await decide(api.http, parties.bankApi, id, 'approve', {
        ...approval,
        approvedAmount: '72000.00',
      });
      expect(covered.status).toBe(200);

      expect((await pay(api.http, parties.core.token, receivableId, '80000.00')).status).toBe(201);
      const shrunk = await decide(api.http, parties.bankApi, id, 'disburse', disbursement());
      expect(shrunk.status).toBe(422);
      expect(shrunk.body.code).toBe('AMOUNT_EXCEEDS_LIMIT');

      expect((await pay(api.http, parties.core.token, receivableId, '10000.00')).status).toBe(201);
      expect((await pledged()).status).toBe('SETTLED');
      const settled = await decide(api.http, parties.bankApi, id, 'disburse', disbursement());
      expect(settled.status).toBe(422);
      expect(settled.body.code).toBe('RECEIVABLE_NOT_FINANCEABLE');
      expect((await get(`/financing-requests/${id}`, parties.sme.token)).body).toMatchObject({
        status: 'APPROVED',
        disbursedOn: null,
      });
      expect((await pledged()).pledge).toBeNull();
    });

    it('asks only a registered bank', async () => {
      const receivableId = await confirmedReceivable(api.http, parties);
      const unknown = await requestFinancing(api.http, parties.sme.token, '00000000-0000-4000-8000-000000000000', [
        receivableId,
      ]);
      expect(unknown.body.code).toBe('BANK_NOT_FOUND');
      const core = await requestFinancing(api.http, parties.sme.token, parties.core.enterprise.id, [receivableId]);
      expect(core.status).toBe(422);
      expect(core.body.code).toBe('NOT_A_BANK');
    });

    it('refuses malformed input with 400 and changes nothing', async () => {
      const receivableId = await confirmedReceivable(api.http, parties);
      for (const bad of [
        { requestedAmount: 80000 },
        { requestedAmount: '80000.001' },
        { termDays: 0 },
        { receivableIds: [] },
        { receivableIds: [receivableId, receivableId] },
        { receivableIds: ['not-a-uuid'] },
        { extra: true },
      ]) {
        const response = await requestFinancing(api.http, parties.sme.token, bankId(), [receivableId], bad);
        expect({ bad, status: response.status }).toEqual({ bad, status: 400 });
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
      expect((await get(`/receivables/${receivableId}`, parties.sme.token)).body.financingRequestId).toBeNull();
    });

    it('requires the pledge registration number, 1-40 letters and digits, to disburse', async () => {
      const { id } = await requestIn('APPROVED');
      const body = disbursement();
      for (const pledgeRegistrationNo of [undefined, '', '0611-2026-0001', 'x'.repeat(41), '中登网123']) {
        const response = await decide(api.http, parties.bankApi, id, 'disburse', { ...body, pledgeRegistrationNo });
        expect({ pledgeRegistrationNo, status: response.status }).toEqual({ pledgeRegistrationNo, status: 400 });
      }
      const future = await decide(api.http, parties.bankApi, id, 'disburse', { ...body, disbursedOn: day(1) });
      expect(future.body.code).toBe('DATE_IN_FUTURE');
      expect((await get(`/financing-requests/${id}`, parties.sme.token)).body.status).toBe('APPROVED');
      const ok = await decide(api.http, parties.bankApi, id, 'disburse', {
        ...body,
        pledgeRegistrationNo: 'A'.repeat(40),
      });
      expect(ok.status).toBe(200);
    });
  });

  describe('who may do what', () => {
    it('lets bank users decide as the bank API client does', async () => {
      const { id } = await requestIn('SUBMITTED');
      const response = await decide(api.http, parties.bank.token, id, 'approve', approval);
      expect(response.status).toBe(200);
    });

    it('limits API clients to their scopes: a read-only client reads but cannot approve', async () => {
      const { id } = await requestIn('SUBMITTED');
      const readOnly = await bankClientToken(api.http, admin, bankId(), ['financing:read']);
      expect((await get(`/financing-requests/${id}`, readOnly)).status).toBe(200);
      const approve = await decide(api.http, readOnly, id, 'approve', approval);
      expect(approve.status).toBe(403);
      expect(approve.body).toMatchObject({
        code: 'FORBIDDEN',
        detail: 'This API client needs the scope financing:write',
      });
      const webhooksOnly = await bankClientToken(api.http, admin, bankId(), ['webhooks:manage']);
      expect((await get(`/financing-requests/${id}`, webhooksOnly)).status).toBe(403);
      expect((await get(`/financing-requests/${id}`, parties.sme.token)).body.status).toBe('SUBMITTED');
    });

    it('hides a request from another bank (404), and another SME', async () => {
      const { id } = await requestIn('SUBMITTED');
      const other = await enterpriseWithUser(api.http, admin, bankFields());
      const otherApi = await bankClientToken(api.http, admin, other.enterprise.id);
      for (const token of [other.token, otherApi]) {
        expect((await get(`/financing-requests/${id}`, token)).status).toBe(404);
        expect((await decide(api.http, token, id, 'approve', approval)).status).toBe(404);
        const list = await get('/financing-requests', token);
        expect(list.body.items.map((r: { id: string }) => r.id)).not.toContain(id);
      }
      const otherSme = await enterpriseWithUser(api.http, admin, smeFields());
      expect((await get(`/financing-requests/${id}`, otherSme.token)).status).toBe(404);
      expect((await decide(api.http, otherSme.token, id, 'withdraw')).status).toBe(404);
    });

    it('keeps each side to its own actions (403)', async () => {
      const { id, receivableId } = await requestIn('SUBMITTED');
      const smeApproves = await decide(api.http, parties.sme.token, id, 'approve', approval);
      expect(smeApproves.status).toBe(403);
      expect(smeApproves.body.detail).toBe('The role SME may not do this');
      const clientWithdraws = await decide(api.http, parties.bankApi, id, 'withdraw');
      expect(clientWithdraws.status).toBe(403);
      expect(clientWithdraws.body.detail).toBe('No API client scope allows this');
      const asBank = await requestFinancing(api.http, parties.bank.token, bankId(), [receivableId]);
      expect(asBank.status).toBe(403);
      expect((await get('/financing-requests', parties.core.token)).status).toBe(403);
    });

    it('shows regulators the requests of their jurisdiction, and the operator all', async () => {
      const { id } = await requestIn('SUBMITTED');
      const liuzhou = await regulator(api.http, admin, '450200');
      const guilin = await regulator(api.http, admin, '450300');
      const region = await regulator(api.http, admin, '450000');
      expect((await get(`/financing-requests/${id}`, liuzhou)).status).toBe(200);
      expect((await get(`/financing-requests/${id}`, region)).status).toBe(200);
      expect((await get(`/financing-requests/${id}`, admin)).status).toBe(200);
      expect((await get(`/financing-requests/${id}`, guilin)).status).toBe(404);
      expect((await decide(api.http, region, id, 'approve', approval)).status).toBe(403);
    });
  });

  describe('Idempotency-Key on bank decisions', () => {
    it('gives simultaneous duplicate approvals one effect and identical answers', async () => {
      const { id } = await requestIn('SUBMITTED');
      const key = `approve-${id}`;
      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          api.http
            .post(`${API}/financing-requests/${id}/approve`)
            .auth(parties.bankApi, { type: 'bearer' })
            .set('Idempotency-Key', key)
            .send(approval),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
      for (const response of responses) expect(response.body).toEqual(responses[0].body);
      const trail = await get(`/audit-events?entityId=${id}`, admin);
      expect(
        trail.body.items.filter((e: { action: string }) => e.action === 'financing_request.approved'),
      ).toHaveLength(1);
      const changed = await api.http
        .post(`${API}/financing-requests/${id}/approve`)
        .auth(parties.bankApi, { type: 'bearer' })
        .set('Idempotency-Key', key)
        .send({ ...approval, annualRate: '0.05' });
      expect(changed.status).toBe(422);
      expect(changed.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('without a key, the same duplicates approve once and refuse the rest with 409', async () => {
      const { id } = await requestIn('SUBMITTED');
      const responses = await Promise.all(
        Array.from({ length: 5 }, () => decide(api.http, parties.bankApi, id, 'approve', approval)),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    });
  });
});

import { DataSource } from 'typeorm';
import { API, startApi, type TestApi } from '../../support/api';
import { eventually } from '../../support/eventually';
import { WebhookReceiver } from '../../support/webhook-receiver';
import { bankClientToken } from '../../factories/banks';
import {
  adminToken,
  bankFields,
  enterpriseWithUser,
  smeFields,
  type EnterpriseUser,
} from '../../factories/enterprises';
import { decide } from '../../factories/financing';
import { tag } from '../../factories/identifiers';
import { accept, award, project, purchaser } from '../../factories/procurement';
import { day, pay } from '../../factories/receivables';

const YEAR = Number(day(0).slice(0, 4));
const approval = (approvedAmount: string) => ({ approvedAmount, annualRate: '0.0385', termDays: 90 });
const disbursal = () => ({
  loanReference: `LN-${tag()}`,
  disbursedOn: day(0),
  pledgeRegistrationNo: `0611${Date.now()}`,
});
const account = { bankName: '广西北部湾示范银行贺州分行', accountNo: '6222020200012345678' };

/**
 * Contract financing (政采贷, api-contract.md § Government procurement for SMEs): a supplier
 * finances a government award before or after acceptance; the request holds the award and all its
 * receivables, so that neither is financed twice, however requests race.
 */
describe('contract financing of a government award', () => {
  let api: TestApi;
  let admin: string;
  let unit: EnterpriseUser;
  let supplier: EnterpriseUser;
  let bank: EnterpriseUser;
  let bankApi: string;

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    unit = await purchaser(api.http, admin);
    supplier = await enterpriseWithUser(api.http, admin, smeFields('451100'));
    bank = await enterpriseWithUser(api.http, admin, bankFields('451100'));
    bankApi = await bankClientToken(api.http, admin, bank.enterprise.id);
  });
  afterAll(() => api.close());

  const as = (token: string) => ({
    get: (path: string) => api.http.get(`${API}${path}`).auth(token, { type: 'bearer' }),
    post: (path: string, body: object) => api.http.post(`${API}${path}`).auth(token, { type: 'bearer' }).send(body),
  });
  const problem = (res: { status: number; body: { code?: string } }) => [res.status, res.body.code];
  const requestAward = (awardId: string, requestedAmount: string, token = supplier.token) =>
    as(token).post('/financing-requests', { awardId, bankId: bank.enterprise.id, requestedAmount, termDays: 90 });
  const requestReceivable = (receivableId: string, requestedAmount = '1000.00') =>
    as(supplier.token).post('/financing-requests', {
      receivableIds: [receivableId],
      bankId: bank.enterprise.id,
      requestedAmount,
      termDays: 10,
    });
  /** A new award of `amount` to the supplier, with acceptances of the given amounts. */
  async function awarded(amount: string, ...accepted: string[]) {
    const p = await project(api.http, unit, YEAR);
    const signed = await award(api.http, unit, p.id, supplier.enterprise.uscc, { amount, signedOn: day(-20) });
    const receivables: string[] = [];
    for (const part of accepted) {
      const res = await accept(api.http, unit, signed.id, part, 2);
      expect(res.status).toBe(201);
      receivables.push(res.body.id);
    }
    return { id: signed.id, receivables };
  }

  it('finances an award whole, disbursed with the account the purchaser pays into from then on', async () => {
    const contract = await awarded('600000.00', '200000.00');
    expect(problem(await requestAward(contract.id, '480000.01'))).toEqual([422, 'AMOUNT_EXCEEDS_LIMIT']);
    const created = await requestAward(contract.id, '480000.00');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'SUBMITTED',
      awardId: contract.id,
      receivableIds: contract.receivables,
      outstandingTotal: '600000.00',
      financingRatio: '0.80',
    });
    const id = created.body.id as string;
    // While it is live, neither the award nor its receivable is financed again.
    expect(problem(await requestAward(contract.id, '1.00'))).toEqual([409, 'AWARD_ALREADY_PLEDGED']);
    expect(problem(await requestReceivable(contract.receivables[0]))).toEqual([409, 'RECEIVABLE_ALREADY_PLEDGED']);
    // The bank sees the award behind the request.
    const seenByBank = await as(bankApi).get(`/procurement-awards/${contract.id}`);
    expect([seenByBank.status, seenByBank.body.financingRequestId]).toEqual([200, id]);

    expect((await decide(api.http, bankApi, id, 'approve', approval('480000.00'))).status).toBe(200);
    const withoutAccount = await decide(api.http, bankApi, id, 'disburse', disbursal());
    expect(problem(withoutAccount)).toEqual([400, 'VALIDATION_FAILED']);
    expect(withoutAccount.body.errors[0].field).toBe('repaymentAccount');
    const disbursed = await decide(api.http, bankApi, id, 'disburse', { ...disbursal(), repaymentAccount: account });
    expect([disbursed.status, disbursed.body.status]).toEqual([200, 'DISBURSED']);

    const shown = await as(unit.token).get(`/procurement-awards/${contract.id}`);
    expect(shown.body).toMatchObject({
      financingRequestId: id,
      repaymentAccount: account,
      pledge: { bankId: bank.enterprise.id },
    });
    const receivable = await as(unit.token).get(`/receivables/${contract.receivables[0]}`);
    expect(receivable.body.pledge).toMatchObject({ financingRequestId: id, repaymentAccount: account });
    const inbox = await as(unit.token).get('/notifications');
    expect(inbox.body.items.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(['procurement_award.pledged', 'receivable.pledged']),
    );

    // A delivery accepted from now on is held by the request too, and shows where to pay.
    const later = await accept(api.http, unit, contract.id, '100000.00', 1);
    expect(later.body).toMatchObject({ financingRequestId: id, pledge: { repaymentAccount: account } });
    expect(problem(await requestReceivable(later.body.id))).toEqual([409, 'RECEIVABLE_ALREADY_PLEDGED']);
    await eventually(async () => {
      const request = await as(supplier.token).get(`/financing-requests/${id}`);
      return request.body.receivableIds.includes(later.body.id) ? true : undefined;
    });
    expect((await as(bankApi).get(`/receivables/${later.body.id}`)).status).toBe(200);

    // Repaid: the award and its receivables are free again.
    expect((await decide(api.http, bankApi, id, 'repay', { repaidOn: day(0) })).status).toBe(200);
    const released = await as(unit.token).get(`/procurement-awards/${contract.id}`);
    expect(released.body).toMatchObject({ financingRequestId: null, repaymentAccount: null, pledge: null });
    const free = await as(unit.token).get(`/receivables/${later.body.id}`);
    expect([free.body.financingRequestId, free.body.pledge]).toEqual([null, null]);
    expect((await requestAward(contract.id, '1000.00')).status).toBe(201);
  });

  it('refuses an award one of whose receivables is financed on its own, until that request ends', async () => {
    const contract = await awarded('300000.00', '100000.00', '50000.00');
    const alone = await requestReceivable(contract.receivables[1]);
    expect(alone.status).toBe(201);
    expect(problem(await requestAward(contract.id, '1000.00'))).toEqual([409, 'AWARD_ALREADY_PLEDGED']);
    // Nothing of the refused request stayed behind: the other receivable and the award are free.
    const other = await as(supplier.token).get(`/receivables/${contract.receivables[0]}`);
    expect(other.body.financingRequestId).toBeNull();
    expect((await as(unit.token).get(`/procurement-awards/${contract.id}`)).body.financingRequestId).toBeNull();
    expect((await decide(api.http, supplier.token, alone.body.id, 'withdraw')).status).toBe(200);
    const whole = await requestAward(contract.id, '1000.00');
    expect([whole.status, whole.body.receivableIds]).toEqual([201, [...contract.receivables].sort()]);
  });

  it("bounds the loan by the bank's ratio of what is unpaid of the award, when asked and when the bank decides", async () => {
    const contract = await awarded('100000.00', '50000.00');
    expect((await pay(api.http, unit.token, contract.receivables[0], '30000.00')).status).toBe(201);
    // 100000.00 less 30000.00 paid: at most 0.80 × 70000.00 = 56000.00.
    expect(problem(await requestAward(contract.id, '56000.01'))).toEqual([422, 'AMOUNT_EXCEEDS_LIMIT']);
    const created = await requestAward(contract.id, '56000.00');
    expect([created.status, created.body.outstandingTotal]).toEqual([201, '70000.00']);
    // The purchaser pays 20000.00 more before the bank decides: 0.80 × 50000.00 = 40000.00.
    expect((await pay(api.http, unit.token, contract.receivables[0], '20000.00')).status).toBe(201);
    expect(problem(await decide(api.http, bankApi, created.body.id, 'approve', approval('56000.00')))).toEqual([
      422,
      'AMOUNT_EXCEEDS_LIMIT',
    ]);
    expect((await decide(api.http, bankApi, created.body.id, 'approve', approval('40000.00'))).status).toBe(200);

    const paidUp = await awarded('1000.00', '1000.00');
    expect((await pay(api.http, unit.token, paidUp.receivables[0], '1000.00')).status).toBe(201);
    expect(problem(await requestAward(paidUp.id, '1.00'))).toEqual([422, 'AWARD_NOT_FINANCEABLE']);
  });

  it("refuses another's award (404), and both or neither of awardId and receivableIds (400)", async () => {
    const contract = await awarded('1000.00');
    const stranger = await enterpriseWithUser(api.http, admin, smeFields('451100'));
    expect(problem(await requestAward(contract.id, '100.00', stranger.token))).toEqual([404, 'NOT_FOUND']);
    const both = await as(supplier.token).post('/financing-requests', {
      awardId: contract.id,
      receivableIds: [contract.id],
      bankId: bank.enterprise.id,
      requestedAmount: '100.00',
      termDays: 30,
    });
    expect(problem(both)).toEqual([400, 'VALIDATION_FAILED']);
    const neither = await as(supplier.token).post('/financing-requests', {
      bankId: bank.enterprise.id,
      requestedAmount: '100.00',
      termDays: 30,
    });
    expect(problem(neither)).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('lets exactly one of 20 simultaneous requests for one award through, held once in the database', async () => {
    const contract = await awarded('500000.00', '100000.00');
    const responses = await Promise.all(Array.from({ length: 20 }, () => requestAward(contract.id, '1000.00')));
    const created = responses.filter((r) => r.status === 201);
    expect(created).toHaveLength(1);
    expect(new Set(responses.filter((r) => r.status !== 201).map((r) => `${r.status} ${r.body.code}`))).toEqual(
      new Set(['409 AWARD_ALREADY_PLEDGED']),
    );
    const winner = created[0].body.id as string;
    const db = api.app.get(DataSource);
    const [held] = await db.query(
      `SELECT a.financing_request_id AS award, r.financing_request_id AS receivable,
              (SELECT count(*)::int FROM financing_requests f WHERE f.award_id = a.id) AS requests
         FROM procurement_awards a JOIN procurement_acceptances x ON x.award_id = a.id
         JOIN receivables r ON r.id = x.receivable_id WHERE a.id = $1`,
      [contract.id],
    );
    expect(held).toEqual({ award: winner, receivable: winner, requests: 1 });
  });

  it('races the award against its receivable: whichever wins, the other side is refused', async () => {
    const contract = await awarded('500000.00', '100000.00');
    const responses = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        i % 2 === 0 ? requestAward(contract.id, '1000.00') : requestReceivable(contract.receivables[0]),
      ),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    const codes = new Set(responses.filter((r) => r.status !== 201).map((r) => `${r.status} ${r.body.code}`));
    expect([...codes].every((c) => c === '409 AWARD_ALREADY_PLEDGED' || c === '409 RECEIVABLE_ALREADY_PLEDGED')).toBe(
      true,
    );
    const [{ live }] = await api.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS live FROM financing_request_receivables WHERE receivable_id = $1 AND live`, [
        contract.receivables[0],
      ]);
    expect(live).toBe(1);
  });

  it("tells the bank's systems by webhook, as for receivable financing", async () => {
    const hook = await WebhookReceiver.start();
    try {
      const subscribed = await as(bankApi).post('/webhook-subscriptions', {
        url: hook.url,
        events: ['financing_request.submitted'],
      });
      expect(subscribed.status).toBe(201);
      const contract = await awarded('10000.00');
      const created = await requestAward(contract.id, '8000.00');
      const [delivery] = await eventually(async () => (hook.received.length > 0 ? hook.received : undefined), 20_000);
      const sent = JSON.parse(delivery.body);
      expect([sent.type, sent.data.id, sent.data.awardId]).toEqual([
        'financing_request.submitted',
        created.body.id,
        contract.id,
      ]);
    } finally {
      await hook.stop();
    }
  });
});

import { DataSource } from 'typeorm';
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
import { requestFinancing } from '../../factories/financing';
import { uscc } from '../../factories/identifiers';
import { confirmedReceivable, day, pay, registerReceivable } from '../../factories/receivables';
import { transfer, transferred, tree, type TreeItem } from '../../factories/transfers';
import { API, startApi, type TestApi } from '../../support/api';
import { eventually } from '../../support/eventually';

/**
 * Split and transfer of confirmed receivables over HTTP (api-contract.md § Transfer and split):
 * the piece, the holder's shrinking outstanding, everything a receivable can do done by pieces, and
 * every refusal, each of which changes nothing.
 */
describe('an SME passes pieces of a confirmed receivable down its supply chain', () => {
  let api: TestApi;
  let admin: string;
  let region: string;
  let core: EnterpriseUser;
  let a: EnterpriseUser;
  let b: EnterpriseUser;
  let c: EnterpriseUser;
  let bank: EnterpriseUser;

  const get = (token: string, path: string) => api.http.get(`${API}${path}`).auth(token, { type: 'bearer' });
  const debtor = () => ({ token: core.token, uscc: core.enterprise.uscc });
  const confirmedOf = async (holder: EnterpriseUser, overrides: Record<string, unknown> = {}) =>
    (await confirmedReceivable(api.http, holder.token, debtor(), overrides)) as { id: string; dueDate: string };
  const outstandingOf = async (id: string) => (await get(core.token, `/receivables/${id}`)).body.outstandingAmount;
  const problem = (response: { status: number; body: { code?: string } }) => [response.status, response.body.code];

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    region = await regulator(api.http, admin, '450000');
    core = await enterpriseWithUser(api.http, admin, coreFields('450200'));
    a = await enterpriseWithUser(api.http, admin, smeFields('450200'));
    b = await enterpriseWithUser(api.http, admin, smeFields('450100'));
    c = await enterpriseWithUser(api.http, admin, smeFields('450300'));
    bank = await enterpriseWithUser(api.http, admin, bankFields('450100'));
  });
  afterAll(() => api.close());

  it('splits off a confirmed piece held by the transferee; the holder keeps the rest', async () => {
    const root = await confirmedOf(a, { amount: '80000.00' });
    const response = await api.http
      .post(`${API}/receivables/${root.id}/transfers`)
      .auth(a.token, { type: 'bearer' })
      .send({ toUscc: b.enterprise.uscc, amount: '30000', reference: 'ZR-2026-0001' });
    expect(response.status).toBe(201);
    const { transfer: record, piece, receivable } = response.body;
    expect(record).toMatchObject({
      receivableId: root.id,
      pieceId: piece.id,
      fromEnterpriseId: a.enterprise.id,
      toEnterpriseId: b.enterprise.id,
      amount: '30000.00',
      reference: 'ZR-2026-0001',
      transferredOn: day(0),
    });
    expect(piece).toMatchObject({
      status: 'CONFIRMED',
      parentId: root.id,
      rootId: root.id,
      tier: 2,
      amount: '30000.00',
      confirmedAmount: '30000.00',
      outstandingAmount: '30000.00',
      transferredAmount: '0.00',
      dueDate: root.dueDate,
      invoices: [],
      creditor: { id: b.enterprise.id },
      debtor: { id: core.enterprise.id },
      financingRequestId: null,
    });
    expect(receivable).toMatchObject({
      id: root.id,
      status: 'CONFIRMED',
      rootId: root.id,
      parentId: null,
      tier: 1,
      transferredAmount: '30000.00',
      outstandingAmount: '50000.00',
    });
    // The transferee finds it among what it is owed, the debtor among what it owes.
    const owed = await get(b.token, '/receivables?role=creditor&limit=200');
    expect(owed.body.items.map((r: { id: string }) => r.id)).toContain(piece.id);
    const owes = await get(core.token, '/receivables?role=debtor&limit=200');
    expect(owes.body.items.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining([piece.id, root.id]));
    expect(
      (await get(a.token, '/receivables?role=creditor&limit=200')).body.items.map((r: { id: string }) => r.id),
    ).not.toContain(piece.id);
  });

  it('ends the receivable TRANSFERRED when its holder passes on all it holds; nothing more is done with it', async () => {
    const root = await confirmedOf(a, { amount: '10000.00' });
    await pay(api.http, core.token, root.id, '2500.00');
    await transferred(api.http, a.token, root.id, b.enterprise.uscc, '4000.00');
    const last = await transfer(api.http, a.token, root.id, c.enterprise.uscc, '3500.00');
    expect(last.status).toBe(201);
    expect(last.body.receivable).toMatchObject({
      status: 'TRANSFERRED',
      paidAmount: '2500.00',
      transferredAmount: '7500.00',
      outstandingAmount: '0.00',
      expectedPaymentDate: null,
    });
    expect(problem(await transfer(api.http, a.token, root.id, c.enterprise.uscc, '1.00'))).toEqual([
      409,
      'INVALID_STATE',
    ]);
    expect(problem(await pay(api.http, core.token, root.id, '1.00'))).toEqual([409, 'INVALID_STATE']);
    const financing = await requestFinancing(api.http, a.token, bank.enterprise.id, [root.id], {
      requestedAmount: '1.00',
    });
    expect(problem(financing)).toEqual([422, 'RECEIVABLE_NOT_FINANCEABLE']);
  });

  it('lets a piece do everything a receivable does: be financed, transferred again and paid at maturity', async () => {
    const root = await confirmedOf(a, { amount: '50000.00' });
    const piece = await transferred(api.http, a.token, root.id, b.enterprise.uscc, '30000.00');

    // Financed by its holder: one live request per piece, and no transfer while it is pledged.
    const loan = await requestFinancing(api.http, b.token, bank.enterprise.id, [piece.id], {
      requestedAmount: '24000.00',
    });
    expect(loan.status).toBe(201);
    expect(problem(await requestFinancing(api.http, b.token, bank.enterprise.id, [piece.id]))).toEqual([
      409,
      'RECEIVABLE_ALREADY_PLEDGED',
    ]);
    expect(problem(await transfer(api.http, b.token, piece.id, c.enterprise.uscc, '1.00'))).toEqual([
      409,
      'RECEIVABLE_ALREADY_PLEDGED',
    ]);
    expect((await get(bank.token, `/receivables/${piece.id}`)).status).toBe(200);
    const withdrawn = await api.http
      .post(`${API}/financing-requests/${loan.body.id}/withdraw`)
      .auth(b.token, { type: 'bearer' });
    expect(withdrawn.status).toBe(200);

    // Transferred again: tier 3, same root.
    const grandchild = await transferred(api.http, b.token, piece.id, c.enterprise.uscc, '10000.00');
    expect(grandchild).toMatchObject({
      parentId: piece.id,
      rootId: root.id,
      tier: 3,
      creditor: { id: c.enterprise.id },
    });
    expect(await outstandingOf(piece.id)).toBe('20000.00');

    // Paid by the debtor, piece by piece.
    const paid = await pay(api.http, core.token, piece.id, '20000.00');
    expect(paid.status).toBe(201);
    expect(paid.body.receivable).toMatchObject({ status: 'SETTLED', outstandingAmount: '0.00' });
    expect(problem(await pay(api.http, core.token, grandchild.id, '10000.01'))).toEqual([422, 'OVERPAYMENT']);
    expect((await pay(api.http, core.token, grandchild.id, '10000.00')).body.receivable.status).toBe('SETTLED');

    const seen = await tree(api.http, core.token, grandchild.id);
    expect(seen.status).toBe(200);
    const items = seen.body.items as TreeItem[];
    expect(seen.body).toMatchObject({
      rootId: root.id,
      outstandingAmount: '20000.00',
      dueDate: (root as { dueDate: string }).dueDate,
    });
    expect(items.map((i) => [i.id, i.tier, i.outstandingAmount, i.status])).toEqual([
      [root.id, 1, '20000.00', 'CONFIRMED'],
      [piece.id, 2, '0.00', 'SETTLED'],
      [grandchild.id, 3, '0.00', 'SETTLED'],
    ]);
  });

  it('tells the transferee what it now holds, and the debtor whom it pays', async () => {
    const root = await confirmedOf(a, { amount: '6000.00' });
    const piece = await transferred(api.http, a.token, root.id, c.enterprise.uscc, '6000.00');
    const inbox = (user: EnterpriseUser, kind: string) =>
      eventually(async () => {
        const response = await get(user.token, '/notifications?limit=200');
        return response.body.items.find(
          (n: { kind: string; entityId: string }) => n.kind === kind && n.entityId === piece.id,
        );
      });
    expect((await inbox(c, 'receivable.piece_received')).title).toContain('6000.00');
    expect((await inbox(core, 'receivable.transfer_notice')).body).toContain(c.enterprise.name);
    const timeline = await get(a.token, `/receivables/${root.id}/events`);
    expect(timeline.body.items.map((e: { action: string }) => e.action)).toContain('receivable.transferred');
    const pieceTimeline = await get(c.token, `/receivables/${piece.id}/events`);
    expect(pieceTimeline.body.items[0]).toMatchObject({ action: 'receivable.piece_created', status: 'CONFIRMED' });
  });

  it('does a transfer sent again with the same Idempotency-Key once', async () => {
    const root = await confirmedOf(a, { amount: '9000.00' });
    const send = () =>
      api.http
        .post(`${API}/receivables/${root.id}/transfers`)
        .auth(a.token, { type: 'bearer' })
        .set('Idempotency-Key', `transfer-${root.id}`)
        .send({ toUscc: b.enterprise.uscc, amount: '1000.00', reference: 'ZR-once' });
    const [first, again] = [await send(), await send()];
    expect(first.status).toBe(201);
    expect(again.body.piece.id).toBe(first.body.piece.id);
    expect(await outstandingOf(root.id)).toBe('8000.00');
  });

  describe('refusals, each of which changes nothing', () => {
    let root: { id: string };
    let snapshot: () => Promise<unknown>;

    beforeAll(async () => {
      root = await confirmedOf(a, { amount: '20000.00' });
      const db = api.app.get(DataSource);
      snapshot = () =>
        db.query(
          `SELECT id, status, paid_amount, transferred_amount FROM receivables WHERE id = $1 OR root_id = $1 ORDER BY id`,
          [root.id],
        );
    });

    const refused = async (request: () => Promise<{ status: number; body: { code?: string } }>) => {
      const before = await snapshot();
      const response = await request();
      expect(await snapshot()).toEqual(before);
      return problem(response);
    };

    it('409 INVALID_STATE for a receivable that is not CONFIRMED', async () => {
      const pending = await registerReceivable(api.http, a.token, core.enterprise.uscc);
      expect(problem(await transfer(api.http, a.token, pending.id, b.enterprise.uscc, '1.00'))).toEqual([
        409,
        'INVALID_STATE',
      ]);
    });

    it('422 RECEIVABLE_OVERDUE for one past its due date', async () => {
      const overdue = await confirmedOf(a, { deliveryDate: day(-40), dueDate: day(-1) });
      expect(problem(await transfer(api.http, a.token, overdue.id, b.enterprise.uscc, '1.00'))).toEqual([
        422,
        'RECEIVABLE_OVERDUE',
      ]);
    });

    it('422 AMOUNT_EXCEEDS_OUTSTANDING outside 0.01 … what the holder holds', async () => {
      for (const amount of ['20000.01', '0.00', '0']) {
        expect(await refused(() => transfer(api.http, a.token, root.id, b.enterprise.uscc, amount))).toEqual([
          422,
          'AMOUNT_EXCEEDS_OUTSTANDING',
        ]);
      }
    });

    it('422 TRANSFEREE_NOT_ELIGIBLE unless a registered SME other than the debtor; 422 SELF_DEALING to itself', async () => {
      const smeDebtor = await enterpriseWithUser(api.http, admin, smeFields('450200'));
      const owedBySme = (await confirmedReceivable(api.http, a.token, {
        token: smeDebtor.token,
        uscc: smeDebtor.enterprise.uscc,
      })) as {
        id: string;
      };
      for (const to of [uscc('450200'), core.enterprise.uscc, bank.enterprise.uscc]) {
        expect(await refused(() => transfer(api.http, a.token, root.id, to, '1.00'))).toEqual([
          422,
          'TRANSFEREE_NOT_ELIGIBLE',
        ]);
      }
      expect(problem(await transfer(api.http, a.token, owedBySme.id, smeDebtor.enterprise.uscc, '1.00'))).toEqual([
        422,
        'TRANSFEREE_NOT_ELIGIBLE',
      ]);
      expect(await refused(() => transfer(api.http, a.token, root.id, a.enterprise.uscc, '1.00'))).toEqual([
        422,
        'SELF_DEALING',
      ]);
    });

    it('400 for malformed input', async () => {
      const send = (body: object) =>
        refused(() =>
          api.http.post(`${API}/receivables/${root.id}/transfers`).auth(a.token, { type: 'bearer' }).send(body),
        );
      const good = { toUscc: b.enterprise.uscc, amount: '1.00', reference: 'ZR-1' };
      expect(
        await send({
          ...good,
          toUscc: `${b.enterprise.uscc.slice(0, 17)}${b.enterprise.uscc[17] === '0' ? '1' : '0'}`,
        }),
      ).toEqual([400, 'USCC_INVALID']);
      for (const body of [
        { ...good, amount: '1.001' },
        { ...good, amount: 100 },
        { ...good, amount: '-1.00' },
        { ...good, reference: ' ' },
        { toUscc: good.toUscc, amount: good.amount },
        { ...good, tier: 2 },
      ]) {
        expect(await send(body)).toEqual([400, 'VALIDATION_FAILED']);
      }
    });

    it('403 for callers that may never transfer or do not hold it; 404 for what the caller cannot see', async () => {
      const piece = await transferred(api.http, a.token, root.id, b.enterprise.uscc, '100.00');
      // A sees B's piece (its descendant) but does not hold it.
      expect(await refused(() => transfer(api.http, a.token, piece.id, c.enterprise.uscc, '1.00'))).toEqual([
        403,
        'FORBIDDEN',
      ]);
      expect(await refused(() => transfer(api.http, core.token, root.id, c.enterprise.uscc, '1.00'))).toEqual([
        403,
        'FORBIDDEN',
      ]);
      const bankApi = await bankClientToken(api.http, admin, bank.enterprise.id);
      expect(await refused(() => transfer(api.http, bankApi, root.id, c.enterprise.uscc, '1.00'))).toEqual([
        403,
        'FORBIDDEN',
      ]);
      expect(await refused(() => transfer(api.http, c.token, root.id, b.enterprise.uscc, '1.00'))).toEqual([
        404,
        'NOT_FOUND',
      ]);
      expect(
        problem(await transfer(api.http, a.token, '6f1c0f4e-8a51-4a52-9d7e-0f3a3d1b2c01', c.enterprise.uscc, '1.00')),
      ).toEqual([404, 'NOT_FOUND']);
    });

    it('422 TIER_LIMIT beyond the tiers the region allows (GET|PUT /transfer-policy)', async () => {
      const policy = (token: string) => get(token, '/transfer-policy');
      const setPolicy = (token: string, body: object) =>
        api.http.put(`${API}/transfer-policy`).auth(token, { type: 'bearer' }).send(body);
      const bankApi = await bankClientToken(api.http, admin, bank.enterprise.id, ['receivables:read']);
      for (const token of [a.token, bankApi, region]) {
        expect((await policy(token)).body).toMatchObject({ maxTier: 10, isDefault: true });
      }
      const liuzhou = await regulator(api.http, admin, '450200');
      expect(problem(await setPolicy(liuzhou, { maxTier: 2 }))).toEqual([403, 'FORBIDDEN']);
      expect(problem(await setPolicy(a.token, { maxTier: 2 }))).toEqual([403, 'FORBIDDEN']);
      for (const maxTier of [0, 100, 2.5, '2']) {
        expect(problem(await setPolicy(region, { maxTier }))).toEqual([400, 'VALIDATION_FAILED']);
      }

      const set = await setPolicy(region, { maxTier: 2 });
      expect(set.status).toBe(200);
      expect(set.body).toMatchObject({ maxTier: 2, isDefault: false });
      const piece = await transferred(api.http, a.token, root.id, b.enterprise.uscc, '100.00');
      expect(await refused(() => transfer(api.http, b.token, piece.id, c.enterprise.uscc, '1.00'))).toEqual([
        422,
        'TIER_LIMIT',
      ]);
      expect((await setPolicy(region, { maxTier: 10 })).body.maxTier).toBe(10);
      expect((await transfer(api.http, b.token, piece.id, c.enterprise.uscc, '1.00')).status).toBe(201);
      const audit = await get(admin, '/audit-events?limit=200');
      expect(audit.body.items.filter((e: { action: string }) => e.action === 'transfer_policy.updated')).toHaveLength(
        2,
      );
    });
  });
});

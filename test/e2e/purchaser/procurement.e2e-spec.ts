import { DataSource } from 'typeorm';
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
import { tag, uscc } from '../../factories/identifiers';
import {
  accept,
  acceptanceFields,
  award,
  awardTo,
  declare,
  project,
  purchaser,
  unitFields,
} from '../../factories/procurement';
import { day } from '../../factories/receivables';

const YEAR = Number(day(0).slice(0, 4));

/**
 * Government procurement for SMEs over HTTP (api-contract.md § Government procurement for SMEs):
 * purchasing units and their tree, projects and awards with every refusal of the contract,
 * acceptances that become confirmed receivables, on whichever database the run uses.
 */
describe('a purchasing unit declares, awards and accepts', () => {
  let api: TestApi;
  let admin: string;
  let unit: EnterpriseUser;
  let sub: EnterpriseUser;
  let supplier: EnterpriseUser;

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    unit = await purchaser(api.http, admin);
    sub = await purchaser(api.http, admin, '451100', { ownership: 'PUBLIC_INSTITUTION', parentId: unit.enterprise.id });
    supplier = await enterpriseWithUser(api.http, admin, smeFields('451100'));
  });
  afterAll(() => api.close());

  const as = (token: string) => ({
    get: (path: string) => api.http.get(`${API}${path}`).auth(token, { type: 'bearer' }),
    post: (path: string, body: object) => api.http.post(`${API}${path}`).auth(token, { type: 'bearer' }).send(body),
    patch: (path: string, body: object) => api.http.patch(`${API}${path}`).auth(token, { type: 'bearer' }).send(body),
  });
  const problem = (res: { status: number; body: { code?: string } }) => [res.status, res.body.code];

  describe('purchasing units', () => {
    it('have a parent only when both are purchasers, and a PURCHASER user only when state-owned', async () => {
      const admin_ = as(admin);
      expect(sub.enterprise).toMatchObject({ kind: 'BUYER', parentId: unit.enterprise.id });
      const core = await admin_.post('/enterprises', { ...coreFields('451100'), parentId: unit.enterprise.id });
      expect(problem(core)).toEqual([400, 'VALIDATION_FAILED']);
      expect(core.body.errors[0].field).toBe('parentId');
      const privateBuyer = await admin_.post('/enterprises', unitFields('451100', { ownership: 'PRIVATE' }));
      expect(privateBuyer.status).toBe(201);
      const underPrivate = await admin_.post('/enterprises', unitFields('451100', { parentId: privateBuyer.body.id }));
      expect(problem(underPrivate)).toEqual([400, 'VALIDATION_FAILED']);
      const user = await admin_.post('/users', {
        username: `p-${tag()}`,
        password: 'Pw-long-enough-1!',
        role: 'PURCHASER',
        enterpriseId: privateBuyer.body.id,
      });
      expect(problem(user)).toEqual([400, 'VALIDATION_FAILED']);
      const me = await as(sub.token).get('/me');
      expect(me.body).toMatchObject({ role: 'PURCHASER', enterpriseId: sub.enterprise.id });
    });

    it('never form a cycle: a unit cannot move under itself or under one of its own subordinates', async () => {
      const top = await purchaser(api.http, admin);
      const middle = await purchaser(api.http, admin, '451100', { parentId: top.enterprise.id });
      const bottom = await purchaser(api.http, admin, '451100', { parentId: middle.enterprise.id });
      const admin_ = as(admin);
      expect(
        problem(await admin_.patch(`/enterprises/${top.enterprise.id}`, { parentId: bottom.enterprise.id })),
      ).toEqual([422, 'PARENT_CYCLE']);
      expect(problem(await admin_.patch(`/enterprises/${top.enterprise.id}`, { parentId: top.enterprise.id }))).toEqual(
        [422, 'PARENT_CYCLE'],
      );
      const detached = await admin_.patch(`/enterprises/${bottom.enterprise.id}`, { parentId: null });
      expect([detached.status, detached.body.parentId]).toEqual([200, null]);
      const moved = await admin_.patch(`/enterprises/${top.enterprise.id}`, { parentId: bottom.enterprise.id });
      expect([moved.status, moved.body.parentId]).toEqual([200, bottom.enterprise.id]);
      const privatised = await admin_.patch(`/enterprises/${bottom.enterprise.id}`, { ownership: 'PRIVATE' });
      expect(problem(privatised)).toEqual([400, 'VALIDATION_FAILED']);
      const children = await admin_.get(`/enterprises?parentId=${middle.enterprise.id}`);
      expect(children.body.items).toEqual([]);
    });

    it('take turns moving: of two crossing moves that would close a cycle, one is refused', async () => {
      const a = await purchaser(api.http, admin);
      const b = await purchaser(api.http, admin);
      const admin_ = as(admin);
      const [ab, ba] = await Promise.all([
        admin_.patch(`/enterprises/${a.enterprise.id}`, { parentId: b.enterprise.id }),
        admin_.patch(`/enterprises/${b.enterprise.id}`, { parentId: a.enterprise.id }),
      ]);
      expect([ab.status, ba.status].sort()).toEqual([200, 422]);
      expect([ab, ba].find((r) => r.status === 422)!.body.code).toBe('PARENT_CYCLE');
    });
  });

  describe('projects', () => {
    it('are declared by a unit for itself or for a unit below it, never for another', async () => {
      const own = await project(api.http, unit, YEAR);
      expect(own).toMatchObject({ unitId: unit.enterprise.id, reservation: 'PACKAGE', flags: [], awards: [] });
      const forSub = await project(api.http, unit, YEAR, { unitId: sub.enterprise.id });
      expect(forSub.unitId).toBe(sub.enterprise.id);
      expect(problem(await declare(api.http, sub, YEAR, { unitId: unit.enterprise.id }))).toEqual([404, 'NOT_FOUND']);
      // The subordinate sees its own project, not its competent unit's; the competent unit sees both.
      expect((await as(sub.token).get(`/procurement-projects/${own.id}`)).status).toBe(404);
      expect((await as(unit.token).get(`/procurement-projects/${forSub.id}`)).status).toBe(200);
      const listed = await as(unit.token).get(`/procurement-projects?year=${YEAR}`);
      expect(listed.body.items.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining([own.id, forSub.id]));
      // A supplier and a core enterprise see no projects.
      expect((await as(supplier.token).get(`/procurement-projects/${own.id}`)).status).toBe(404);
    });

    it('refuse reservations beyond the budget (422) and malformed forms of reservation (400)', async () => {
      const cases: [Record<string, unknown>, number, string, string?][] = [
        [{ reservedAmount: '5000000.01' }, 422, 'RESERVATION_EXCEEDS_BUDGET'],
        [{ smallMicroReservedAmount: '2000000.01' }, 422, 'RESERVATION_EXCEEDS_BUDGET'],
        [{ reservation: 'WHOLE' }, 400, 'VALIDATION_FAILED', 'reservedAmount'],
        [
          { reservation: 'NONE', reservedAmount: '0', smallMicroReservedAmount: '0' },
          400,
          'VALIDATION_FAILED',
          'reason',
        ],
        [{ reservation: 'NONE', reason: '专用设备' }, 400, 'VALIDATION_FAILED', 'reservedAmount'],
        [{ reservedAmount: '0', smallMicroReservedAmount: '0' }, 400, 'VALIDATION_FAILED', 'reservedAmount'],
        [{ budgetAmount: 5000000 }, 400, 'VALIDATION_FAILED', 'budgetAmount'],
        [{ category: 'SOFTWARE' }, 400, 'VALIDATION_FAILED', 'category'],
      ];
      for (const [overrides, status, code, field] of cases) {
        const res = await declare(api.http, unit, YEAR, overrides);
        expect([overrides, ...problem(res)]).toEqual([overrides, status, code]);
        if (field) expect(res.body.errors[0].field).toBe(field);
      }
      const none = await declare(api.http, unit, YEAR, {
        reservation: 'NONE',
        reservedAmount: '0',
        smallMicroReservedAmount: '0',
        reason: '专用设备，无中小企业供应',
        budgetAmount: '8000000.00',
      });
      expect([none.status, none.body.flags]).toEqual([201, []]);
    });

    it('flag a small project not reserved whole, and not one reserved whole', async () => {
      const small = await project(api.http, unit, YEAR, {
        category: 'GOODS',
        budgetAmount: '2000000.00',
        reservedAmount: '500000.00',
        smallMicroReservedAmount: '300000.00',
      });
      expect(small.flags).toEqual(['SMALL_PROJECT_NOT_RESERVED']);
      const whole = await project(api.http, unit, YEAR, {
        category: 'WORKS',
        budgetAmount: '4000000.00',
        reservation: 'WHOLE',
        reservedAmount: '4000000.00',
        smallMicroReservedAmount: '2400000.00',
      });
      expect(whole.flags).toEqual([]);
    });

    it('are declared by purchasers only', async () => {
      const core = await enterpriseWithUser(api.http, admin, coreFields('451100'));
      const res = await api.http.post(`${API}/procurement-projects`).auth(core.token, { type: 'bearer' }).send({
        year: YEAR,
        name: 'x',
        category: 'GOODS',
        budgetAmount: '1',
        reservation: 'WHOLE',
        reservedAmount: '1',
        smallMicroReservedAmount: '0',
      });
      expect(problem(res)).toEqual([403, 'FORBIDDEN']);
    });
  });

  describe('awards', () => {
    it('freeze the supplier size class at signing: a supplier that grows keeps its class on the award', async () => {
      const p = await project(api.http, unit, YEAR);
      const grower = await enterpriseWithUser(api.http, admin, smeFields('451100'));
      const signed = await award(api.http, unit, p.id, grower.enterprise.uscc);
      expect(signed).toMatchObject({
        supplierSizeClass: 'SMALL',
        countedToSme: '600000.00',
        countedToSmallMicro: '600000.00',
      });
      const grown = await as(admin).patch(`/enterprises/${grower.enterprise.id}`, {
        employees: 400,
        annualRevenue: '300000000.00',
      });
      expect([grown.status, grown.body.sizeClass]).toEqual([200, 'MEDIUM']);
      const later = await as(unit.token).get(`/procurement-awards/${signed.id}`);
      expect(later.body).toMatchObject({ supplierSizeClass: 'SMALL', countedToSmallMicro: '600000.00' });
      const next = await award(api.http, unit, p.id, grower.enterprise.uscc, { amount: '100000.00' });
      expect(next.supplierSizeClass).toBe('MEDIUM');
      // The supplier sees the contracts it won; the project shows them.
      const mine = await as(grower.token).get(`/procurement-awards?year=${YEAR}`);
      expect(mine.body.items.map((a: { id: string }) => a.id).sort()).toEqual([signed.id, next.id].sort());
      const withAwards = await as(unit.token).get(`/procurement-projects/${p.id}`);
      expect(withAwards.body.awardedAmount).toBe('700000.00');
      expect(withAwards.body.awards.map((a: { id: string }) => a.id)).toEqual([signed.id, next.id]);
    });

    it("count a large supplier's consortium or subcontract shares for SMEs, never an SME supplier's", async () => {
      const p = await project(api.http, unit, YEAR);
      const large = await enterpriseWithUser(api.http, admin, coreFields('451100'));
      const consortium = await award(api.http, unit, p.id, large.enterprise.uscc, {
        amount: '1000000.00',
        smeShareAmount: '400000.00',
        smallMicroShareAmount: '250000.00',
      });
      expect(consortium).toMatchObject({
        supplierSizeClass: 'LARGE',
        countedToSme: '400000.00',
        countedToSmallMicro: '250000.00',
      });
      // The large supplier, a core enterprise, sees the contract it won.
      expect((await as(large.token).get(`/procurement-awards/${consortium.id}`)).status).toBe(200);
      expect(
        problem(await awardTo(api.http, unit, p.id, large.enterprise.uscc, { smeShareAmount: '600000.01' })),
      ).toEqual([422, 'SHARE_EXCEEDS_AWARD']);
      expect(
        problem(
          await awardTo(api.http, unit, p.id, large.enterprise.uscc, {
            smeShareAmount: '100.00',
            smallMicroShareAmount: '100.01',
          }),
        ),
      ).toEqual([422, 'SHARE_EXCEEDS_AWARD']);
      expect(
        problem(await awardTo(api.http, unit, p.id, supplier.enterprise.uscc, { smeShareAmount: '1.00' })),
      ).toEqual([422, 'SHARE_NOT_APPLICABLE']);
    });

    it('refuse unregistered suppliers, malformed codes, the unit itself, a second contract number and awards beyond the budget', async () => {
      const p = await project(api.http, unit, YEAR, {
        budgetAmount: '1000000.00',
        reservedAmount: '300000.00',
        smallMicroReservedAmount: '200000.00',
      });
      expect(problem(await awardTo(api.http, unit, p.id, uscc('451100')))).toEqual([422, 'SUPPLIER_NOT_REGISTERED']);
      expect(problem(await awardTo(api.http, unit, p.id, '91350100M000100Y4Z'))).toEqual([400, 'USCC_INVALID']);
      expect(problem(await awardTo(api.http, unit, p.id, unit.enterprise.uscc))).toEqual([422, 'SELF_DEALING']);
      expect(problem(await awardTo(api.http, unit, p.id, supplier.enterprise.uscc, { signedOn: day(1) }))).toEqual([
        400,
        'VALIDATION_FAILED',
      ]);
      const first = await award(api.http, unit, p.id, supplier.enterprise.uscc, { amount: '600000.00' });
      expect(
        problem(
          await awardTo(api.http, unit, p.id, supplier.enterprise.uscc, {
            contractNo: first.contractNo,
            amount: '1.00',
          }),
        ),
      ).toEqual([409, 'CONTRACT_ALREADY_AWARDED']);
      expect(problem(await awardTo(api.http, unit, p.id, supplier.enterprise.uscc, { amount: '400000.01' }))).toEqual([
        422,
        'AWARDS_EXCEED_BUDGET',
      ]);
      await award(api.http, unit, p.id, supplier.enterprise.uscc, { amount: '400000.00' });
      expect(problem(await awardTo(api.http, sub, p.id, supplier.enterprise.uscc))).toEqual([404, 'NOT_FOUND']);
    });

    it('race for the rest of a budget: of 10 simultaneous awards of 150000.00 on 1000000.00, exactly 6 win', async () => {
      const p = await project(api.http, unit, YEAR, {
        budgetAmount: '1000000.00',
        reservedAmount: '300000.00',
        smallMicroReservedAmount: '200000.00',
      });
      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          awardTo(api.http, unit, p.id, supplier.enterprise.uscc, { amount: '150000.00' }),
        ),
      );
      expect(responses.filter((r) => r.status === 201)).toHaveLength(6);
      expect(new Set(responses.filter((r) => r.status !== 201).map((r) => `${r.status} ${r.body.code}`))).toEqual(
        new Set(['422 AWARDS_EXCEED_BUDGET']),
      );
      const [{ sum }] = await api.app
        .get(DataSource)
        .query('SELECT sum(amount)::text AS sum FROM procurement_awards WHERE project_id = $1', [p.id]);
      expect(sum).toBe('900000.00');
    });
  });

  describe('acceptances', () => {
    it('make a CONFIRMED receivable of the supplier on the unit, due paymentDays after acceptance', async () => {
      const p = await project(api.http, unit, YEAR, { unitId: sub.enterprise.id });
      const signed = await award(api.http, unit, p.id, supplier.enterprise.uscc);
      const res = await accept(api.http, unit, signed.id, '200000.00', 3);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        status: 'CONFIRMED',
        amount: '200000.00',
        confirmedAmount: '200000.00',
        outstandingAmount: '200000.00',
        creditor: { id: supplier.enterprise.id },
        debtor: { id: sub.enterprise.id },
        contractNo: signed.contractNo,
        deliveryDate: day(-3),
        dueDate: day(27),
        paymentTermDays: 30,
        paymentTermFlags: [],
      });
      const seen = await as(supplier.token).get(`/receivables/${res.body.id}`);
      expect([seen.status, seen.body.status]).toEqual([200, 'CONFIRMED']);
      const timeline = await as(sub.token).get(`/receivables/${res.body.id}/events`);
      expect(timeline.body.items.map((e: { action: string; status: string }) => [e.action, e.status])).toEqual([
        ['receivable.accepted', 'CONFIRMED'],
      ]);
      const after = await as(unit.token).get(`/procurement-awards/${signed.id}`);
      expect(after.body).toMatchObject({
        acceptedAmount: '200000.00',
        acceptances: [{ amount: '200000.00', receivableId: res.body.id }],
      });
      // The supplier is told the debt was confirmed, as for any receivable.
      await eventually(async () => {
        const inbox = await as(supplier.token).get('/notifications');
        return inbox.body.items.find(
          (n: { kind: string; entityId: string }) => n.kind === 'receivable.confirmed' && n.entityId === res.body.id,
        );
      });
    });

    it('refuse more than the award, an unbalanced invoice, a day in the future or before signing, an invoice used twice', async () => {
      const p = await project(api.http, unit, YEAR);
      const signed = await award(api.http, unit, p.id, supplier.enterprise.uscc, {
        amount: '300000.00',
        signedOn: day(-5),
      });
      expect(problem(await accept(api.http, unit, signed.id, '300000.01'))).toEqual([422, 'AMOUNT_EXCEEDS_AWARD']);
      const unbalanced = { ...acceptanceFields('100.00'), amount: '200.00' };
      expect(problem(await as(unit.token).post(`/procurement-awards/${signed.id}/acceptances`, unbalanced))).toEqual([
        422,
        'AMOUNT_MISMATCH',
      ]);
      expect(problem(await accept(api.http, unit, signed.id, '100.00', -1))).toEqual([400, 'VALIDATION_FAILED']);
      expect(problem(await accept(api.http, unit, signed.id, '100.00', 6))).toEqual([400, 'VALIDATION_FAILED']);
      const body = acceptanceFields('100.00');
      expect((await as(unit.token).post(`/procurement-awards/${signed.id}/acceptances`, body)).status).toBe(201);
      expect(problem(await as(unit.token).post(`/procurement-awards/${signed.id}/acceptances`, body))).toEqual([
        409,
        'INVOICE_ALREADY_REGISTERED',
      ]);
      // Only a purchaser of the unit's tree accepts; the supplier cannot.
      expect(problem(await accept(api.http, supplier, signed.id, '100.00'))).toEqual([403, 'FORBIDDEN']);
      const elsewhere = await purchaser(api.http, admin);
      expect(problem(await accept(api.http, elsewhere, signed.id, '100.00'))).toEqual([404, 'NOT_FOUND']);
      const after = await as(unit.token).get(`/procurement-awards/${signed.id}`);
      expect(after.body.acceptedAmount).toBe('100.00');
    });

    it('race against the award: of 12 simultaneous acceptances of 100000.00 on 500000.00, exactly 5 win', async () => {
      const p = await project(api.http, unit, YEAR);
      const signed = await award(api.http, unit, p.id, supplier.enterprise.uscc, { amount: '500000.00' });
      const responses = await Promise.all(
        Array.from({ length: 12 }, () => accept(api.http, unit, signed.id, '100000.00')),
      );
      expect(responses.filter((r) => r.status === 201)).toHaveLength(5);
      expect(new Set(responses.filter((r) => r.status !== 201).map((r) => `${r.status} ${r.body.code}`))).toEqual(
        new Set(['422 AMOUNT_EXCEEDS_AWARD']),
      );
      const [{ total, accepted, count }] = await api.app.get(DataSource).query(
        `SELECT sum(r.confirmed_amount)::text AS total, max(a.accepted_amount)::text AS accepted, count(*)::int AS count
           FROM procurement_acceptances x JOIN receivables r ON r.id = x.receivable_id
           JOIN procurement_awards a ON a.id = x.award_id WHERE x.award_id = $1`,
        [signed.id],
      );
      expect([total, accepted, count]).toEqual(['500000.00', '500000.00', 5]);
    });

    it("flow into monitoring: a unit's overdue payment shows in its city's overdue list", async () => {
      const p = await project(api.http, unit, YEAR);
      const signed = await award(api.http, unit, p.id, supplier.enterprise.uscc, { signedOn: day(-90) });
      const res = await accept(api.http, unit, signed.id, '50000.00', 40);
      expect([res.status, res.body.dueDate, res.body.daysOverdue]).toEqual([201, day(-10), 10]);
      const hezhou = await regulator(api.http, admin, '451100');
      const listed = await eventually(async () => {
        const overdue = await as(hezhou).get(`/monitoring/overdue?debtorId=${unit.enterprise.id}`);
        return overdue.body.items.find((i: { receivableId: string }) => i.receivableId === res.body.id);
      });
      expect(listed).toMatchObject({ daysOverdue: 10, outstandingAmount: '50000.00', lateInterest: '250.00' });
    });
  });
});

import { API, startApi, type TestApi } from '../../support/api';
import {
  adminToken,
  coreFields,
  enterpriseWithUser,
  regulator,
  smeFields,
  type EnterpriseUser,
} from '../../factories/enterprises';
import { accept, award, project, purchaser } from '../../factories/procurement';
import { day } from '../../factories/receivables';

// Years of their own, so that on a shared PostgreSQL run no other test's projects enter the figures.
const YEAR = 2089;
const POLICY_YEAR = 2093;

/**
 * Compliance with the reserved shares (seed item 6: 30 % of each unit's yearly budget for SMEs, 60 %
 * of that for small and micro enterprises), hand-computed over HTTP: a competent unit that is
 * compliant only with its subordinate rolled in (exactly 30.00 %), one at 29.99 %, one at 29.995 %
 * (shown "0.3000", judged on the exact fraction), a consortium share, a supplier that grew after
 * signing; and who sees which rows.
 */
describe('procurement compliance', () => {
  let api: TestApi;
  let admin: string;
  let region: string;
  let hezhou: string;
  let wuzhou: string;
  let a: EnterpriseUser; // 贺州: competent unit, compliant only with its subordinate
  let a1: EnterpriseUser; // 贺州: a's subordinate
  let b: EnterpriseUser; // 贺州: 29.99 %
  let c: EnterpriseUser; // 梧州: 29.995 %

  const as = (token?: string) => ({
    get: (path: string) => {
      const request = api.http.get(`${API}${path}`);
      return token ? request.auth(token, { type: 'bearer' }) : request;
    },
    put: (path: string, body: object) => api.http.put(`${API}${path}`).auth(token!, { type: 'bearer' }).send(body),
  });
  const rows = async (token: string | undefined, query: string) => {
    const res = await as(token).get(`/procurement/compliance?year=${YEAR}&${query}`);
    expect(res.status).toBe(200);
    return res.body.items as Record<string, unknown>[];
  };

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    region = await regulator(api.http, admin, '450000');
    hezhou = await regulator(api.http, admin, '451100');
    wuzhou = await regulator(api.http, admin, '450400');
    a = await purchaser(api.http, admin, '451100');
    a1 = await purchaser(api.http, admin, '451100', { ownership: 'PUBLIC_INSTITUTION', parentId: a.enterprise.id });
    b = await purchaser(api.http, admin, '451100');
    c = await purchaser(api.http, admin, '450400');
    const services = (budget: string, reserved: string, smallMicro: string) => ({
      category: 'SERVICES',
      budgetAmount: budget,
      reservation: 'PACKAGE',
      reservedAmount: reserved,
      smallMicroReservedAmount: smallMicro,
    });
    const pa = await project(api.http, a, YEAR, services('6000000.00', '1700000.00', '1020000.00'));
    const pa1 = await project(api.http, a1, YEAR, services('4000000.00', '1300000.00', '780000.00'));
    await project(api.http, b, YEAR, services('9900000.00', '2999000.00', '2000000.00'));
    await project(api.http, b, YEAR, {
      category: 'GOODS',
      budgetAmount: '100000.00',
      reservation: 'NONE',
      reservedAmount: '0',
      smallMicroReservedAmount: '0',
      reason: '专用设备，市场上无中小企业供应',
    });
    await project(api.http, c, YEAR, services('10000000.00', '2999500.00', '2000000.00'));
    // A large supplier's consortium gives 200000.00 to SMEs, 150000.00 of it to small and micro ones.
    const large = await enterpriseWithUser(api.http, admin, coreFields('451100'));
    await award(api.http, a, pa.id, large.enterprise.uscc, {
      amount: '500000.00',
      smeShareAmount: '200000.00',
      smallMicroShareAmount: '150000.00',
    });
    // A small supplier wins 100000.00 and grows to medium size afterwards: the award keeps SMALL.
    const small = await enterpriseWithUser(api.http, admin, smeFields('451100'));
    await award(api.http, a1, pa1.id, small.enterprise.uscc, { amount: '100000.00' });
    const grown = await api.http
      .patch(`${API}/enterprises/${small.enterprise.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ employees: 400, annualRevenue: '300000000.00' });
    expect(grown.body.sizeClass).toBe('MEDIUM');
  });
  afterAll(() => api.close());

  it('rolls the subordinate into its competent unit: exactly 30.00 % and 60.00 % comply', async () => {
    const [row] = await rows(region, `unitId=${a.enterprise.id}`);
    expect(row).toEqual({
      level: 'UNIT',
      unitId: a.enterprise.id,
      name: a.enterprise.name,
      cityCode: '451100',
      year: YEAR,
      budgetTotal: '10000000.00',
      reservedTotal: '3000000.00',
      reservedShare: '0.3000',
      smallMicroReservedTotal: '1800000.00',
      smallMicroShare: '0.6000',
      // 500000.00 to the large supplier (200000.00 counted for SMEs, 150000.00 of it small and micro)
      // and 100000.00 to the supplier that was small when it signed.
      awardedTotal: '600000.00',
      awardedToSme: '300000.00',
      awardedToSmallMicro: '250000.00',
      flags: [],
      compliant: true,
      unitCount: 1,
      compliantUnitCount: 1,
    });
  });

  it('judges 29.99 % and 29.995 % below the line, though the second shows "0.3000"', async () => {
    const [rowB] = await rows(region, `unitId=${b.enterprise.id}`);
    expect(rowB).toMatchObject({
      budgetTotal: '10000000.00',
      reservedTotal: '2999000.00',
      reservedShare: '0.2999',
      smallMicroShare: '0.6669',
      compliant: false,
      flags: ['SMALL_PROJECT_NOT_RESERVED'],
    });
    const [rowC] = await rows(region, `unitId=${c.enterprise.id}`);
    expect(rowC).toMatchObject({ reservedTotal: '2999500.00', reservedShare: '0.3000', compliant: false });
  });

  it('lists units below the line first, lowest share first, page by page', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    for (let page = 0; page < 5 && cursor !== null; page += 1) {
      const res = await as(region).get(
        `/procurement/compliance?year=${YEAR}&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      seen.push(...res.body.items.map((r: { unitId: string }) => r.unitId));
      cursor = res.body.nextCursor;
    }
    expect(seen).toEqual([b.enterprise.id, c.enterprise.id, a.enterprise.id]);
    const bad = await as(region).get(`/procurement/compliance?year=${YEAR}&cursor=not-a-cursor`);
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('sums per city and for the region, with the units that comply on their own', async () => {
    const cities = await rows(region, 'groupBy=city');
    expect(
      cities.map((r) => [
        r.level,
        r.cityCode,
        r.budgetTotal,
        r.reservedShare,
        r.compliant,
        r.unitCount,
        r.compliantUnitCount,
      ]),
    ).toEqual([
      ['CITY', '450400', '10000000.00', '0.3000', false, 1, 0],
      ['CITY', '451100', '20000000.00', '0.3000', false, 2, 1],
    ]);
    const [whole] = await rows(region, 'groupBy=region');
    expect(whole).toMatchObject({
      level: 'REGION',
      cityCode: '450000',
      name: '广西壮族自治区',
      budgetTotal: '30000000.00',
      reservedTotal: '8998500.00',
      unitCount: 3,
      compliantUnitCount: 1,
    });
  });

  describe('who sees which rows', () => {
    it('a competent unit its own tree in one row; a subordinate only its own subtree', async () => {
      expect((await rows(a.token, '')).map((r) => [r.unitId, r.reservedShare])).toEqual([[a.enterprise.id, '0.3000']]);
      expect(
        (await rows(a.token, `unitId=${a1.enterprise.id}`)).map((r) => [r.unitId, r.reservedShare, r.compliant]),
      ).toEqual([[a1.enterprise.id, '0.3250', true]]);
      expect((await rows(a1.token, '')).map((r) => [r.unitId, r.budgetTotal])).toEqual([
        [a1.enterprise.id, '4000000.00'],
      ]);
      const up = await as(a1.token).get(`/procurement/compliance?year=${YEAR}&unitId=${a.enterprise.id}`);
      expect([up.status, up.body.code]).toEqual([404, 'NOT_FOUND']);
      const sideways = await as(a.token).get(`/procurement/compliance?year=${YEAR}&unitId=${b.enterprise.id}`);
      expect(sideways.status).toBe(404);
    });

    it('a city regulator its city; another city is not there for it', async () => {
      expect((await rows(hezhou, '')).map((r) => r.unitId).sort()).toEqual([a.enterprise.id, b.enterprise.id].sort());
      expect(await rows(hezhou, 'cityCode=450400')).toEqual([]);
      expect((await as(hezhou).get(`/procurement/compliance?year=${YEAR}&unitId=${c.enterprise.id}`)).status).toBe(404);
      expect((await rows(wuzhou, '')).map((r) => r.unitId)).toEqual([c.enterprise.id]);
    });

    it('no one else: an SME or a bank is 403, no login 401', async () => {
      const sme = await enterpriseWithUser(api.http, admin, smeFields('451100'));
      expect((await as(sme.token).get(`/procurement/compliance?year=${YEAR}`)).status).toBe(403);
      expect((await as().get(`/procurement/compliance?year=${YEAR}`)).status).toBe(401);
    });

    it('the public, without login: the same figures of every unit, without flags', async () => {
      const res = await as().get(`/public/procurement/${YEAR}?limit=200`);
      expect(res.status).toBe(200);
      expect(res.body.policy).toEqual({ reservedShareMin: '0.30', smallMicroShareMin: '0.60' });
      const published = res.body.items as Record<string, unknown>[];
      expect(published.map((r) => r.unitId)).toEqual([b.enterprise.id, c.enterprise.id, a.enterprise.id]);
      for (const row of published) expect('flags' in row).toBe(false);
      expect(published[0]).toMatchObject({ reservedShare: '0.2999', compliant: false, budgetTotal: '10000000.00' });
      const csv = await as().get(`/public/procurement/${YEAR}?format=csv`);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      const [header, first] = csv.text.replace(/^\uFEFF/, '').split('\n');
      expect(first.split(',').slice(13, 14)).toEqual(['false']);
      expect(header).not.toContain('flags');
      expect(header.split(',').slice(0, 8)).toEqual([
        'level',
        'unitId',
        'name',
        'cityCode',
        'year',
        'budgetTotal',
        'reservedTotal',
        'reservedShare',
      ]);
    });
  });

  describe("the year's policy", () => {
    it('has the defaults for any logged-in caller; only the region sets it', async () => {
      const sme = await enterpriseWithUser(api.http, admin, smeFields('451100'));
      const read = await as(sme.token).get(`/procurement-policies/${POLICY_YEAR}`);
      expect(read.body).toMatchObject({
        year: POLICY_YEAR,
        reservedShareMin: '0.30',
        smallMicroShareMin: '0.60',
        smallProjectThresholds: { goodsServices: '2000000.00', works: '4000000.00' },
        paymentDays: 30,
        locked: false,
        isDefault: true,
      });
      expect((await as().get(`/procurement-policies/${POLICY_YEAR}`)).status).toBe(401);
      const terms = {
        reservedShareMin: '0.4000',
        smallMicroShareMin: '0.6',
        smallProjectThresholds: { goodsServices: '2000000', works: '4000000.00' },
        paymentDays: 45,
      };
      expect((await as(hezhou).put(`/procurement-policies/${POLICY_YEAR}`, terms)).status).toBe(403);
      expect((await as(a.token).put(`/procurement-policies/${POLICY_YEAR}`, terms)).status).toBe(403);
      const set = await as(region).put(`/procurement-policies/${POLICY_YEAR}`, terms);
      expect(set.body).toMatchObject({
        reservedShareMin: '0.40',
        smallMicroShareMin: '0.60',
        paymentDays: 45,
        isDefault: false,
      });
      const bad = await as(region).put(`/procurement-policies/${POLICY_YEAR}`, {
        ...terms,
        reservedShareMin: '1.5',
        paymentDays: 61,
      });
      expect([bad.status, bad.body.errors.map((e: { field: string }) => e.field).sort()]).toEqual([
        400,
        ['paymentDays', 'reservedShareMin'],
      ]);
    });

    it("sets the payment days: an acceptance of the year's project is due that many days later", async () => {
      const p = await project(api.http, a, POLICY_YEAR);
      const supplier = await enterpriseWithUser(api.http, admin, smeFields('451100'));
      const signed = await award(api.http, a, p.id, supplier.enterprise.uscc, { amount: '1000.00', signedOn: day(-5) });
      const accepted = await accept(api.http, a, signed.id, '1000.00', 2);
      expect([accepted.status, accepted.body.dueDate]).toEqual([201, day(43)]);
    });

    it('is locked by the first export of the year (409 POLICY_LOCKED), never by the public page', async () => {
      const publicExport = await as().get(`/public/procurement/${POLICY_YEAR}?format=xlsx`);
      expect([publicExport.status, publicExport.headers['content-type']]).toEqual([
        200,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ]);
      expect((await as(region).get(`/procurement-policies/${POLICY_YEAR}`)).body.locked).toBe(false);
      const exported = await as(a.token).get(`/procurement/compliance?year=${POLICY_YEAR}`).set('Accept', 'text/csv');
      expect(exported.status).toBe(200);
      const lines = exported.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\n');
      expect(lines[0].split(',').at(-1)).toBe('flags');
      // a's project of the year: 2000000.00 of 5000000.00 reserved, 40 % against the year's 40 %.
      expect(
        lines[1].split(',').slice(1, 2).concat(lines[1].split(',').slice(7, 8), lines[1].split(',').slice(13, 14)),
      ).toEqual([a.enterprise.id, '0.4000', 'true']);
      const policy = await as(region).get(`/procurement-policies/${POLICY_YEAR}`);
      expect([policy.body.locked, policy.body.reservedShareMin]).toEqual([true, '0.40']);
      const terms = {
        reservedShareMin: '0.30',
        smallMicroShareMin: '0.60',
        smallProjectThresholds: { goodsServices: '2000000.00', works: '4000000.00' },
        paymentDays: 30,
      };
      const refused = await as(region).put(`/procurement-policies/${POLICY_YEAR}`, terms);
      expect([refused.status, refused.body.code]).toEqual([409, 'POLICY_LOCKED']);
    });
  });
});

import { API, startApi, type TestApi } from '../../support/api';
import { eventually } from '../../support/eventually';
import { adminToken, coreFields, enterpriseWithUser, regulator, smeFields } from '../../factories/enterprises';
import { tag } from '../../factories/identifiers';
import { applicant, applicationFields, currentYear, quotaOf, step } from '../../factories/onboarding';

const LIUZHOU = '450200';
const GUILIN = '450300';
const WUZHOU = '450400';
const BEIHAI = '450500';
const QINZHOU = '450700';
const REGION = '450000';

describe('core-enterprise onboarding within the city quota', () => {
  let api: TestApi;
  let admin: string;
  let region: string;
  let liuzhou: string;

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    region = await regulator(api.http, admin, REGION);
    liuzhou = await regulator(api.http, admin, LIUZHOU);
  });
  afterAll(() => api.close());

  const post = (token: string, path: string, body: object = {}) =>
    api.http.post(`${API}${path}`).auth(token, { type: 'bearer' }).send(body);
  const get = (token: string, path: string) => api.http.get(`${API}${path}`).auth(token, { type: 'bearer' });

  describe('applying', () => {
    it('takes an application for the current year, once per enterprise and year', async () => {
      const core = await enterpriseWithUser(api.http, admin, coreFields(LIUZHOU));
      const first = await post(core.token, '/onboarding-applications', applicationFields());
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        status: 'SUBMITTED',
        year: currentYear(),
        enterpriseId: core.enterprise.id,
        cityCode: LIUZHOU,
        contactName: '王经理',
        enterprise: { name: core.enterprise.name, uscc: core.enterprise.uscc },
      });
      const again = await post(core.token, '/onboarding-applications', applicationFields());
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('APPLICATION_EXISTS');
      const nextYear = await post(core.token, '/onboarding-applications', applicationFields(currentYear() + 1));
      expect(nextYear.status).toBe(201);
    });

    it('refuses a year that is not open, bad input, and callers that are not core enterprises', async () => {
      const core = await enterpriseWithUser(api.http, admin, coreFields(LIUZHOU));
      const lastYear = await post(core.token, '/onboarding-applications', applicationFields(currentYear() - 1));
      expect([lastYear.status, lastYear.body.code]).toEqual([422, 'APPLICATION_YEAR_NOT_OPEN']);
      const farAhead = await post(core.token, '/onboarding-applications', applicationFields(currentYear() + 2));
      expect([farAhead.status, farAhead.body.code]).toEqual([422, 'APPLICATION_YEAR_NOT_OPEN']);
      for (const bad of [
        { ...applicationFields(), contactPhone: '12345' },
        { ...applicationFields(), contactName: '   ' },
        { ...applicationFields(), year: String(currentYear()) },
        { ...applicationFields(), extra: true },
      ]) {
        const response = await post(core.token, '/onboarding-applications', bad);
        expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      }
      const sme = await enterpriseWithUser(api.http, admin, smeFields(LIUZHOU));
      expect((await post(sme.token, '/onboarding-applications', applicationFields())).status).toBe(403);
      expect((await post(region, '/onboarding-applications', applicationFields())).status).toBe(403);
      const list = await get(core.token, `/onboarding-applications?year=${currentYear()}`);
      expect(list.body.items).toEqual([]);
    });
  });

  describe('roles', () => {
    it('lets only the applicant’s city regulator or the region nominate, and only the region approve', async () => {
      const guilinCore = await applicant(api.http, admin, GUILIN);
      const liuzhouCore = await applicant(api.http, admin, LIUZHOU);

      const foreign = await post(liuzhou, `/onboarding-applications/${guilinCore.applicationId}/nominate`);
      expect([foreign.status, foreign.body.code]).toEqual([404, 'NOT_FOUND']);
      expect((await get(liuzhou, `/onboarding-applications/${guilinCore.applicationId}`)).status).toBe(404);
      expect(
        (await post(guilinCore.token, `/onboarding-applications/${guilinCore.applicationId}/nominate`)).status,
      ).toBe(403);

      const nominated = await post(liuzhou, `/onboarding-applications/${liuzhouCore.applicationId}/nominate`);
      expect([nominated.status, nominated.body.status]).toEqual([200, 'NOMINATED']);
      const cityApproval = await post(liuzhou, `/onboarding-applications/${liuzhouCore.applicationId}/approve`);
      expect(cityApproval.status).toBe(403);
      const cityConnect = await post(liuzhou, `/onboarding-applications/${liuzhouCore.applicationId}/connect`, {
        platformAccountId: `ZZ-${tag()}`,
        connectedOn: '2026-01-05',
      });
      expect(cityConnect.status).toBe(403);

      const approved = await post(region, `/onboarding-applications/${liuzhouCore.applicationId}/approve`);
      expect([approved.status, approved.body.status]).toEqual([200, 'APPROVED']);

      const regionNominates = await post(region, `/onboarding-applications/${guilinCore.applicationId}/nominate`);
      expect([regionNominates.status, regionNominates.body.status]).toEqual([200, 'NOMINATED']);
    });

    it('shows each caller only what it may see', async () => {
      const mine = await applicant(api.http, admin, WUZHOU);
      const other = await applicant(api.http, admin, LIUZHOU);
      const wuzhou = await regulator(api.http, admin, WUZHOU);

      const own = await get(mine.token, '/onboarding-applications');
      expect(own.body.items.map((a: { id: string }) => a.id)).toEqual([mine.applicationId]);
      expect((await get(mine.token, `/onboarding-applications/${other.applicationId}`)).status).toBe(404);

      const city = await get(wuzhou, `/onboarding-applications?year=${currentYear()}`);
      expect(city.body.items.length).toBeGreaterThan(0);
      expect(city.body.items.every((a: { cityCode: string }) => a.cityCode === WUZHOU)).toBe(true);

      const all = await get(region, `/onboarding-applications?cityCode=${LIUZHOU}&status=SUBMITTED&limit=200`);
      expect(all.body.items.map((a: { id: string }) => a.id)).toContain(other.applicationId);
      expect(all.body.items.every((a: { cityCode: string; status: string }) => a.cityCode === LIUZHOU)).toBe(true);
    });
  });

  describe('the city quota', () => {
    it('lets at most 2 of 10 simultaneous nominations in one city through', async () => {
      const applicants = [];
      for (let i = 0; i < 10; i += 1) applicants.push(await applicant(api.http, admin, QINZHOU));
      const qinzhou = await regulator(api.http, admin, QINZHOU);

      const responses = await Promise.all(
        applicants.map((a, i) =>
          post(i % 2 === 0 ? region : qinzhou, `/onboarding-applications/${a.applicationId}/nominate`),
        ),
      );

      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 200, 409, 409, 409, 409, 409, 409, 409, 409]);
      expect(responses.filter((r) => r.status === 409).every((r) => r.body.code === 'CITY_QUOTA_EXCEEDED')).toBe(true);
      const nominated = await get(region, `/onboarding-applications?cityCode=${QINZHOU}&status=NOMINATED`);
      expect(nominated.body.items).toHaveLength(2);
      expect(await quotaOf(api.http, region, QINZHOU)).toMatchObject({ quota: 2, used: 2, remaining: 0 });
    });

    it('frees a place when a nominated application is rejected or withdrawn', async () => {
      const [first, second, third, fourth] = [
        await applicant(api.http, admin, BEIHAI),
        await applicant(api.http, admin, BEIHAI),
        await applicant(api.http, admin, BEIHAI),
        await applicant(api.http, admin, BEIHAI),
      ];
      await step(api.http, region, first.applicationId, 'nominate');
      await step(api.http, region, second.applicationId, 'nominate');
      const full = await post(region, `/onboarding-applications/${third.applicationId}/nominate`);
      expect([full.status, full.body.code]).toEqual([409, 'CITY_QUOTA_EXCEEDED']);
      expect(await quotaOf(api.http, region, BEIHAI)).toMatchObject({ used: 2, remaining: 0 });

      const blank = await post(region, `/onboarding-applications/${first.applicationId}/reject`, { reason: ' ' });
      expect(blank.status).toBe(400);
      const rejected = await step(api.http, region, first.applicationId, 'reject', { reason: '年度采购规模不足' });
      expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: '年度采购规模不足' });
      expect(await quotaOf(api.http, region, BEIHAI)).toMatchObject({ used: 1, remaining: 1 });
      expect((await step(api.http, region, third.applicationId, 'nominate')).status).toBe('NOMINATED');

      const withdrawn = await step(api.http, second.token, second.applicationId, 'withdraw');
      expect(withdrawn.status).toBe('WITHDRAWN');
      expect((await step(api.http, region, fourth.applicationId, 'nominate')).status).toBe('NOMINATED');
      expect(await quotaOf(api.http, region, BEIHAI)).toMatchObject({ used: 2, remaining: 0 });

      const rejectedAgain = await post(region, `/onboarding-applications/${first.applicationId}/nominate`);
      expect([rejectedAgain.status, rejectedAgain.body.code]).toEqual([409, 'INVALID_STATE']);
    });

    it('lists every city with a quota of 2 to the region, and a city its own', async () => {
      const response = await get(region, `/onboarding-quotas?year=${currentYear()}`);
      expect(response.status).toBe(200);
      expect(response.body).toHaveLength(14);
      expect(response.body.every((row: { quota: number }) => row.quota === 2)).toBe(true);
      const own = await get(liuzhou, `/onboarding-quotas?year=${currentYear()}`);
      expect(own.body).toHaveLength(1);
      expect(own.body[0]).toMatchObject({ cityCode: LIUZHOU, cityName: '柳州市', year: currentYear(), quota: 2 });
      expect((await get(liuzhou, '/onboarding-quotas?year=abc')).status).toBe(400);
    });
  });

  describe('connection', () => {
    it('records the connection, audits each step and tells the enterprise', async () => {
      const core = await applicant(api.http, admin, LIUZHOU, currentYear() + 1);
      await step(api.http, region, core.applicationId, 'nominate');
      const early = await post(admin, `/onboarding-applications/${core.applicationId}/connect`, {
        platformAccountId: `ZZ-${tag()}`,
        connectedOn: '2026-01-05',
      });
      expect([early.status, early.body.code]).toEqual([409, 'INVALID_STATE']);
      await step(api.http, region, core.applicationId, 'approve');

      const future = await post(admin, `/onboarding-applications/${core.applicationId}/connect`, {
        platformAccountId: `ZZ-${tag()}`,
        connectedOn: '2999-01-01',
      });
      expect([future.status, future.body.code]).toEqual([422, 'CONNECTION_DATE_IN_FUTURE']);
      const badDate = await post(admin, `/onboarding-applications/${core.applicationId}/connect`, {
        platformAccountId: `ZZ-${tag()}`,
        connectedOn: '2026-02-30',
      });
      expect(badDate.status).toBe(400);

      const account = `ZZ-${tag()}`;
      const connected = await step(api.http, admin, core.applicationId, 'connect', {
        platformAccountId: account,
        connectedOn: '2026-01-05',
      });
      expect(connected).toMatchObject({ status: 'CONNECTED', platformAccountId: account, connectedOn: '2026-01-05' });

      const again = await post(core.token, '/onboarding-applications', applicationFields());
      expect([again.status, again.body.code]).toEqual([409, 'ALREADY_CONNECTED']);

      const trail = await get(admin, `/audit-events?entityId=${core.applicationId}`);
      expect(trail.body.items.map((e: { action: string }) => e.action).reverse()).toEqual([
        'onboarding_application.submitted',
        'onboarding_application.nominated',
        'onboarding_application.approved',
        'onboarding_application.connected',
      ]);
      const kinds = await eventually(
        async () => {
          const inbox = await get(core.token, '/notifications?limit=200');
          const found = inbox.body.items.map((n: { kind: string }) => n.kind) as string[];
          return found.includes('onboarding_application.connected') ? found : undefined;
        },
        15_000,
        'the connection notice',
      );
      expect(kinds).toEqual(
        expect.arrayContaining([
          'onboarding_application.nominated',
          'onboarding_application.approved',
          'onboarding_application.connected',
        ]),
      );
    });

    it('refuses a platform account already recorded for another enterprise', async () => {
      const account = `ZZ-${tag()}`;
      const [one, two] = [await applicant(api.http, admin, GUILIN), await applicant(api.http, admin, LIUZHOU)];
      for (const a of [one, two]) {
        await step(api.http, region, a.applicationId, 'nominate');
        await step(api.http, region, a.applicationId, 'approve');
      }
      await step(api.http, region, one.applicationId, 'connect', {
        platformAccountId: account,
        connectedOn: '2026-01-05',
      });
      const taken = await post(region, `/onboarding-applications/${two.applicationId}/connect`, {
        platformAccountId: account,
        connectedOn: '2026-01-05',
      });
      expect([taken.status, taken.body.code]).toEqual([409, 'PLATFORM_ACCOUNT_TAKEN']);
      expect((await get(region, `/onboarding-applications/${two.applicationId}`)).body.status).toBe('APPROVED');
    });
  });
});

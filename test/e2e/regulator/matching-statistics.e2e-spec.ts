import { API, startApi, type TestApi } from '../../support/api';
import { adminToken, regulator } from '../../factories/enterprises';
import { acceptOffer, makeOffer, matchingParties, openRequest, type MatchingParties } from '../../factories/matching';
import { day } from '../../factories/receivables';

/**
 * Matching statistics against the year's target (seed item 14; api-contract.md § Matching). Runs on
 * PostgreSQL share the database with other files: the exact figures are read on this file's banks.
 */
describe('matching statistics', () => {
  let api: TestApi;
  let admin: string;
  let region: string;
  let p: MatchingParties;
  const year = Number(day(0).slice(0, 4));

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    region = await regulator(api.http, admin, '450000');
    p = await matchingParties(api.http, admin, '451300');
  });
  afterAll(() => api.close());

  const statistics = (token: string, query = `year=${year}`) =>
    api.http.get(`${API}/matching/statistics?${query}`).auth(token, { type: 'bearer' });

  it('counts requests, offers (a replaced one once), acceptances, amounts and the median best rate, by city and bank', async () => {
    // Request 1: A offers 4.50 % then 4.20 %, B 3.85 %; the SME takes B's 50 000.00.
    const first = (await openRequest(api.http, p)).body.id as string;
    await makeOffer(api.http, p.bankAApi, first, { annualRate: '0.0450' });
    await makeOffer(api.http, p.bankAApi, first, { annualRate: '0.0420' });
    const b = await makeOffer(api.http, p.bankBApi, first, { annualRate: '0.0385', amount: '50000.00' });
    expect((await acceptOffer(api.http, p.sme.token, first, b.body.id)).status).toBe(200);
    // Request 2: only A offers, 4.00 %; nothing accepted yet. Request 3: no offers.
    const second = (await openRequest(api.http, p)).body.id as string;
    await makeOffer(api.http, p.bankAApi, second, { annualRate: '0.0400' });
    await openRequest(api.http, p);

    const response = await statistics(region);
    expect(response.status).toBe(200);
    const s = response.body;
    expect(s).toMatchObject({ year, target: expect.any(Number) });
    const bankRow = (id: string) => s.byBank.find((r: { bankId: string }) => r.bankId === id);
    expect(bankRow(p.bankA.enterprise.id)).toMatchObject({
      name: p.bankA.enterprise.name,
      enterprisesServed: 1,
      requests: 3,
      offers: 2,
      acceptances: 0,
      acceptedAmount: '0.00',
      // its best on request 1 (4.20 %) and request 2 (4.00 %)
      medianBestOfferRate: '0.041',
    });
    expect(bankRow(p.bankB.enterprise.id)).toMatchObject({
      enterprisesServed: 1,
      requests: 3,
      offers: 1,
      acceptances: 1,
      acceptedAmount: '50000.00',
      medianBestOfferRate: '0.0385',
    });
    // 来宾 (451300) holds this file's requests only.
    const city = s.byCity.find((r: { cityCode: string }) => r.cityCode === '451300');
    expect(city).toMatchObject({
      enterprisesServed: 1,
      requests: 3,
      offers: 3,
      acceptances: 1,
      acceptedAmount: '50000.00',
      // best of request 1: 3.85 %, of request 2: 4.00 %
      medianBestOfferRate: '0.03925',
    });
    expect(s.requests).toBeGreaterThanOrEqual(3);
    // A city's regulator reads its own city; another city's figures are not its to read.
    const laibin = await regulator(api.http, admin, '451300');
    const own = (await statistics(laibin)).body;
    expect(own).toMatchObject({ cityCode: '451300', requests: 3, offers: 3, acceptances: 1 });
    expect(own.byCity.map((r: { cityCode: string }) => r.cityCode)).toEqual(['451300']);
    expect((await statistics(laibin, `year=${year}&cityCode=450100`)).status).toBe(403);
    // Banks and SMEs do not read the statistics.
    expect((await statistics(p.bankA.token)).status).toBe(403);
    expect((await statistics(p.sme.token)).status).toBe(403);
  });

  it('the target is the year’s, 3000 unless the region sets another', async () => {
    const target = (token: string, y = 2031) =>
      api.http.get(`${API}/matching-targets/${y}`).auth(token, { type: 'bearer' });
    expect((await target(region)).body).toMatchObject({ year: 2031, enterprises: 3000, isDefault: true });
    const put = (token: string, enterprises: unknown) =>
      api.http.put(`${API}/matching-targets/2031`).auth(token, { type: 'bearer' }).send({ enterprises });
    const laibin = await regulator(api.http, admin, '451300');
    expect((await put(laibin, 4000)).status).toBe(403);
    expect((await put(region, -1)).status).toBe(400);
    expect((await put(region, 4000)).body).toMatchObject({ year: 2031, enterprises: 4000, isDefault: false });
    expect((await statistics(region, 'year=2031')).body).toMatchObject({
      year: 2031,
      target: 4000,
      requests: 0,
      medianBestOfferRate: null,
    });
  });
});

import { API, startApi, type TestApi } from '../../support/api';
import { adminToken, bankFields, enterpriseWithUser, regulator, smeFields } from '../../factories/enterprises';
import { keyListEntry, publishProduct } from '../../factories/matching';
import { day } from '../../factories/receivables';

/**
 * Banks' financing products (api-contract.md § Matching): published by banks, and which of them an
 * SME qualifies for by size class, industry, city and key-list level, on hand-made cases.
 */
describe('financing products', () => {
  let api: TestApi;
  let admin: string;
  let bank: Awaited<ReturnType<typeof enterpriseWithUser>>;

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    bank = await enterpriseWithUser(api.http, admin, bankFields());
  });
  afterAll(() => api.close());

  const listed = async (token: string, query: string) => {
    const ids: string[] = [];
    for (let cursor: string | null = null, pages = 0; pages < 20; pages += 1) {
      const response: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } = await api.http
        .get(`${API}/financing-products?limit=200${query}${cursor ? `&cursor=${cursor}` : ''}`)
        .auth(token, { type: 'bearer' });
      expect(response.status).toBe(200);
      ids.push(...response.body.items.map((p) => p.id));
      cursor = response.body.nextCursor;
      if (!cursor) break;
    }
    return ids;
  };

  it('a bank publishes, changes and retires its products; others may not', async () => {
    const created = await publishProduct(api.http, bank.token, { annualRateFrom: '0.0350', annualRateTo: '0.0600' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      bankId: bank.enterprise.id,
      kind: 'RECEIVABLE_PLEDGE',
      minAmount: '10000.00',
      annualRateFrom: '0.035',
      status: 'ACTIVE',
      eligibility: { sizeClasses: [], industries: [], cityCodes: [], keyListLevels: [] },
    });
    const patched = await api.http
      .patch(`${API}/financing-products/${created.body.id}`)
      .auth(bank.token, { type: 'bearer' })
      .send({ maxTermDays: 90, eligibility: { sizeClasses: ['MICRO'] } });
    expect(patched.body).toMatchObject({ maxTermDays: 90, eligibility: { sizeClasses: ['MICRO'] } });
    const other = await enterpriseWithUser(api.http, admin, bankFields());
    const foreign = await api.http
      .patch(`${API}/financing-products/${created.body.id}`)
      .auth(other.token, { type: 'bearer' })
      .send({ maxTermDays: 30 });
    expect(foreign.status).toBe(404);
    const sme = await enterpriseWithUser(api.http, admin, smeFields());
    expect((await publishProduct(api.http, sme.token)).status).toBe(403);
    const retired = await api.http
      .post(`${API}/financing-products/${created.body.id}/retire`)
      .auth(bank.token, { type: 'bearer' });
    expect(retired.body.status).toBe('RETIRED');
    expect(await listed(sme.token, '')).not.toContain(created.body.id);
    expect(await listed(bank.token, `&bankId=${bank.enterprise.id}`)).toContain(created.body.id);
    const again = await api.http
      .post(`${API}/financing-products/${created.body.id}/retire`)
      .auth(bank.token, { type: 'bearer' });
    expect([again.status, again.body.code]).toEqual([409, 'INVALID_STATE']);
  });

  it('refuses ranges that are not ranges', async () => {
    const min = await publishProduct(api.http, bank.token, { minAmount: '6000000.00' });
    expect([min.status, min.body.code]).toEqual([422, 'PRODUCT_RANGE_INVALID']);
    const rates = await publishProduct(api.http, bank.token, { annualRateFrom: '0.08' });
    expect([rates.status, rates.body.code]).toEqual([422, 'PRODUCT_RANGE_INVALID']);
    const kind = await publishProduct(api.http, bank.token, { kind: 'MORTGAGE' });
    expect(kind.status).toBe(400);
    const city = await publishProduct(api.http, bank.token, { eligibility: { cityCodes: ['45'] } });
    expect(city.status).toBe(400);
  });

  it('eligible=true keeps what the SME qualifies for: size class, industry, city and key-list level', async () => {
    // A small industrial SME of 贺州 (85 employees, 26 M revenue), on the region's list; a micro retailer of 南宁.
    const small = await enterpriseWithUser(api.http, admin, smeFields('451100'));
    const micro = await enterpriseWithUser(api.http, admin, {
      ...smeFields('450100'),
      industry: 'RETAIL',
      employees: 5,
      annualRevenue: '800000.00',
    });
    expect([small.enterprise, micro.enterprise].map((e) => (e as unknown as { sizeClass: string }).sizeClass)).toEqual([
      'SMALL',
      'MICRO',
    ]);
    const region = await regulator(api.http, admin, '450000');
    expect(
      (
        await keyListEntry(api.http, region, Number(day(0).slice(0, 4)), {
          uscc: small.enterprise.uscc,
          level: 'REGION',
        })
      ).status,
    ).toBe(201);

    const product = async (eligibility: Record<string, unknown>) =>
      (await publishProduct(api.http, bank.token, { eligibility })).body.id as string;
    const cases = {
      anyone: await product({}),
      smallOnly: await product({ sizeClasses: ['SMALL'] }),
      microOnly: await product({ sizeClasses: ['MICRO'] }),
      industry: await product({ industries: ['INDUSTRY'] }),
      retail: await product({ industries: ['RETAIL', 'WHOLESALE'] }),
      hezhou: await product({ cityCodes: ['451100'] }),
      nanning: await product({ cityCodes: ['450100', '450200'] }),
      regionList: await product({ keyListLevels: ['REGION'] }),
      cityList: await product({ keyListLevels: ['CITY', 'COUNTY'] }),
      smallInHezhouListed: await product({
        sizeClasses: ['SMALL', 'MICRO'],
        cityCodes: ['451100'],
        keyListLevels: ['REGION'],
      }),
      smallInNanning: await product({ sizeClasses: ['SMALL'], cityCodes: ['450100'] }),
    };
    const mine = (ids: string[]) =>
      Object.entries(cases)
        .filter(([, id]) => ids.includes(id))
        .map(([name]) => name)
        .sort();
    expect(mine(await listed(small.token, '&eligible=true'))).toEqual(
      ['anyone', 'smallOnly', 'industry', 'hezhou', 'regionList', 'smallInHezhouListed'].sort(),
    );
    expect(mine(await listed(micro.token, '&eligible=true'))).toEqual(
      ['anyone', 'microOnly', 'retail', 'nanning'].sort(),
    );
    // Without eligible: everything; cityCode keeps what is offered there.
    expect(mine(await listed(micro.token, ''))).toHaveLength(Object.keys(cases).length);
    expect(mine(await listed(micro.token, '&cityCode=451100'))).toEqual(
      Object.keys(cases)
        .filter((k) => !['nanning', 'smallInNanning'].includes(k))
        .sort(),
    );
    // A caller without an enterprise qualifies for nothing.
    expect(mine(await listed(region, '&eligible=true'))).toEqual([]);
  });
});

import ExcelJS from 'exceljs';
import { API, startApi, type TestApi } from '../../support/api';
import { eventually } from '../../support/eventually';
import {
  adminToken,
  bankFields,
  coreFields,
  enterpriseWithUser,
  regulator,
  smeFields,
} from '../../factories/enterprises';
import { uscc } from '../../factories/identifiers';
import { keyListEntry } from '../../factories/matching';

interface Job {
  status: string;
  total: number;
  succeeded: number;
  failed: number;
  errors: { row: number; code: string; message: string }[];
}

/**
 * Key-enterprise lists (seed item 11; api-contract.md § Matching): who keeps which level of which
 * city, who reads them, the enterprise's own entries in GET /me, and the import job.
 */
describe('key-enterprise lists', () => {
  let api: TestApi;
  let admin: string;
  let region: string;
  let hezhou: string;
  let nanning: string;
  const year = 2026;

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    [region, hezhou, nanning] = [
      await regulator(api.http, admin, '450000'),
      await regulator(api.http, admin, '451100'),
      await regulator(api.http, admin, '450100'),
    ];
  });
  afterAll(() => api.close());

  const sme = (city = '451100') => enterpriseWithUser(api.http, admin, smeFields(city));
  const list = (token: string, query = '') =>
    api.http.get(`${API}/key-enterprise-lists/${year}?limit=200${query}`).auth(token, { type: 'bearer' });

  it('the region keeps the REGION list; a city its own CITY and COUNTY entries only', async () => {
    const a = await sme('451100');
    const region1 = await keyListEntry(api.http, region, year, { uscc: a.enterprise.uscc, level: 'REGION' });
    expect(region1.status).toBe(201);
    expect(region1.body).toMatchObject({
      year,
      level: 'REGION',
      enterpriseId: a.enterprise.id,
      cityCode: '451100',
      countyCode: null,
    });
    // A city's regulator: never the REGION list, never another city's enterprise.
    const b = await sme('451100');
    expect((await keyListEntry(api.http, hezhou, year, { uscc: b.enterprise.uscc, level: 'REGION' })).status).toBe(403);
    expect((await keyListEntry(api.http, nanning, year, { uscc: b.enterprise.uscc, level: 'CITY' })).status).toBe(403);
    expect((await keyListEntry(api.http, hezhou, year, { uscc: b.enterprise.uscc, level: 'CITY' })).status).toBe(201);
    const county = await keyListEntry(api.http, hezhou, year, {
      uscc: b.enterprise.uscc,
      level: 'COUNTY',
      countyCode: '451121',
    });
    expect([county.status, county.body.countyCode]).toEqual([201, '451121']);
    // The region may keep a city's lists too.
    expect((await keyListEntry(api.http, region, year, { uscc: a.enterprise.uscc, level: 'CITY' })).status).toBe(201);
    // Other roles: never.
    const bank = await enterpriseWithUser(api.http, admin, bankFields());
    expect((await keyListEntry(api.http, bank.token, year, { uscc: a.enterprise.uscc, level: 'CITY' })).status).toBe(
      403,
    );
    expect((await keyListEntry(api.http, a.token, year, { uscc: a.enterprise.uscc, level: 'CITY' })).status).toBe(403);
  });

  it('refuses a second entry, an unknown enterprise, a bank, and counties that do not fit', async () => {
    const a = await sme('451100');
    expect((await keyListEntry(api.http, hezhou, year, { uscc: a.enterprise.uscc, level: 'CITY' })).status).toBe(201);
    const again = await keyListEntry(api.http, region, year, { uscc: a.enterprise.uscc, level: 'CITY' });
    expect([again.status, again.body.code]).toEqual([409, 'KEY_LIST_ENTRY_EXISTS']);
    // Another year is another list.
    expect((await keyListEntry(api.http, hezhou, year + 1, { uscc: a.enterprise.uscc, level: 'CITY' })).status).toBe(
      201,
    );
    const unknown = await keyListEntry(api.http, region, year, { uscc: uscc('451100'), level: 'REGION' });
    expect([unknown.status, unknown.body.code]).toEqual([422, 'ENTERPRISE_NOT_REGISTERED']);
    const bank = await enterpriseWithUser(api.http, admin, bankFields('451100'));
    const notListable = await keyListEntry(api.http, region, year, { uscc: bank.enterprise.uscc, level: 'REGION' });
    expect([notListable.status, notListable.body.code]).toEqual([422, 'KEY_LIST_NOT_ELIGIBLE']);
    const elsewhere = await keyListEntry(api.http, hezhou, year, {
      uscc: a.enterprise.uscc,
      level: 'COUNTY',
      countyCode: '450121',
    });
    expect([elsewhere.status, elsewhere.body.code]).toEqual([422, 'COUNTY_NOT_IN_CITY']);
    const noCounty = await keyListEntry(api.http, hezhou, year, { uscc: a.enterprise.uscc, level: 'COUNTY' });
    expect([noCounty.status, noCounty.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const badYear = await api.http
      .post(`${API}/key-enterprise-lists/1999/entries`)
      .auth(region, { type: 'bearer' })
      .send({ uscc: a.enterprise.uscc, level: 'REGION', reason: 'x' });
    expect(badYear.status).toBe(400);
  });

  it('banks, regulators and the operator read the lists by level and city; an enterprise sees its own in GET /me', async () => {
    const a = await sme('451100');
    const core = await enterpriseWithUser(api.http, admin, coreFields('450100'));
    await keyListEntry(api.http, region, year, { uscc: a.enterprise.uscc, level: 'REGION' });
    await keyListEntry(api.http, nanning, year, { uscc: core.enterprise.uscc, level: 'CITY' });
    const bank = await enterpriseWithUser(api.http, admin, bankFields());
    const regionList = await list(bank.token, '&level=REGION&cityCode=451100');
    expect(regionList.status).toBe(200);
    const ids = regionList.body.items.map((e: { enterpriseId: string }) => e.enterpriseId);
    expect(ids).toContain(a.enterprise.id);
    expect(
      regionList.body.items.every(
        (e: { level: string; cityCode: string }) => e.level === 'REGION' && e.cityCode === '451100',
      ),
    ).toBe(true);
    const nanningCity = await list(hezhou, '&cityCode=450100');
    expect(nanningCity.body.items.map((e: { enterpriseId: string }) => e.enterpriseId)).toContain(core.enterprise.id);
    expect((await list(admin)).status).toBe(200);
    expect((await list(a.token)).status).toBe(403);
    expect((await list(core.token)).status).toBe(403);
    const me = await api.http.get(`${API}/me`).auth(a.token, { type: 'bearer' });
    expect(me.body.keyLists).toEqual([{ year, level: 'REGION' }]);
    const meCore = await api.http.get(`${API}/me`).auth(core.token, { type: 'bearer' });
    expect(meCore.body.keyLists).toEqual([{ year, level: 'CITY' }]);
  });

  it('an entry is taken off by those who may keep it', async () => {
    const a = await sme('451100');
    const entry = await keyListEntry(api.http, hezhou, year, { uscc: a.enterprise.uscc, level: 'CITY' });
    const remove = (token: string) =>
      api.http.delete(`${API}/key-enterprise-lists/${year}/entries/${entry.body.id}`).auth(token, { type: 'bearer' });
    expect((await remove(nanning)).status).toBe(403);
    expect((await remove(hezhou)).status).toBe(204);
    expect((await remove(hezhou)).status).toBe(404);
    const me = await api.http.get(`${API}/me`).auth(a.token, { type: 'bearer' });
    expect(me.body.keyLists).toEqual([]);
  });

  it('imports a CSV or XLSX file as a job, with an error per refused row', async () => {
    const [a, b, c] = [await sme('451100'), await sme('451100'), await sme('450100')];
    const csv = [
      '统一社会信用代码,级别,区县代码,理由',
      `${a.enterprise.uscc},CITY,,产业链配套`,
      `${b.enterprise.uscc},COUNTY,451121,生产经营融资需求`,
      `${c.enterprise.uscc},CITY,,外市企业`,
      `${uscc('451100')},CITY,,未注册`,
      `${a.enterprise.uscc},CITY,,重复`,
      'not-a-code,CITY,,坏代码',
      `${b.enterprise.uscc},PROVINCE,,坏级别`,
    ].join('\n');
    const upload = (file: Buffer, name: string) =>
      api.http
        .post(`${API}/key-enterprise-lists/${year}/imports`)
        .auth(hezhou, { type: 'bearer' })
        .attach('file', file, name);
    const started = await upload(Buffer.from(csv), 'list.csv');
    expect(started.status).toBe(202);
    const job = await eventually(async () => {
      const found = await api.http.get(`${API}/jobs/${started.body.jobId}`).auth(hezhou, { type: 'bearer' });
      return ['DONE', 'FAILED'].includes(found.body.status) ? (found.body as Job) : undefined;
    });
    expect(job).toMatchObject({ status: 'DONE', total: 7, succeeded: 2, failed: 5 });
    expect(job.errors.map((e) => [e.row, e.code])).toEqual([
      [4, 'FORBIDDEN'],
      [5, 'ENTERPRISE_NOT_REGISTERED'],
      [6, 'KEY_LIST_ENTRY_EXISTS'],
      [7, 'USCC_INVALID'],
      [8, 'VALIDATION_FAILED'],
    ]);
    const me = await api.http.get(`${API}/me`).auth(b.token, { type: 'bearer' });
    expect(me.body.keyLists).toEqual([{ year, level: 'COUNTY', countyCode: '451121' }]);

    // XLSX, English headers.
    const d = await sme('451100');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('list');
    sheet.addRow(['uscc', 'level', 'countyCode', 'reason']);
    sheet.addRow([d.enterprise.uscc, 'CITY', '', '重点企业']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const second = await upload(xlsx, 'list.xlsx');
    expect(second.status).toBe(202);
    const done = await eventually(async () => {
      const found = await api.http.get(`${API}/jobs/${second.body.jobId}`).auth(hezhou, { type: 'bearer' });
      return found.body.status === 'DONE' ? (found.body as Job) : undefined;
    });
    expect(done).toMatchObject({ total: 1, succeeded: 1, failed: 0 });
    // Only regulators import.
    const bad = await api.http
      .post(`${API}/key-enterprise-lists/${year}/imports`)
      .auth(d.token, { type: 'bearer' })
      .attach('file', Buffer.from(csv), 'list.csv');
    expect(bad.status).toBe(403);
  });
});

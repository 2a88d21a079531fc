import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { API, startApi, type TestApi } from '../../support/api';
import { eventually } from '../../support/eventually';
import { adminToken, enterpriseWithUser, regulator, smeFields, type EnterpriseUser } from '../../factories/enterprises';
import { invoiceNumber } from '../../factories/identifiers';
import { connectedApplicant, currentYear, type Applicant } from '../../factories/onboarding';
import { confirmReceivable, day, registerReceivable } from '../../factories/receivables';

const YULIN = '450900';
const HECHI = '451200';
const LAIBIN = '451300';
const Y = currentYear();

// Thresholds chosen so that enterprise A sits exactly on every threshold (and passes) and B just
// beyond every one (and fails); C has no receivables at all.
const POLICY = {
  criteria: [
    { key: 'CONNECTED_BY_YEAR_END', threshold: `${Y - 1}-12-31` },
    { key: 'SME_SUPPLIERS', threshold: '2' },
    { key: 'CONFIRMED_AMOUNT', threshold: '300000' },
    { key: 'AVERAGE_CONFIRMATION_DAYS', threshold: '2' },
    { key: 'MAX_DAYS_OVERDUE_AT_YEAR_END', threshold: '30' },
  ],
  reward: {
    type: 'TIERED',
    tiers: [
      { minConfirmed: '100000', amount: '80000' },
      { minConfirmed: '300000', amount: '200000' },
    ],
    cap: '150000',
  },
};

describe('the fiscal reward evaluation of connected core enterprises', () => {
  let api: TestApi;
  let db: DataSource;
  let admin: string;
  let region: string;
  let a: Applicant;
  let b: Applicant;
  let c: Applicant;
  let evaluationId: string;

  const post = (token: string, path: string, body: object = {}) =>
    api.http.post(`${API}${path}`).auth(token, { type: 'bearer' }).send(body);
  const get = (token: string, path: string) => api.http.get(`${API}${path}`).auth(token, { type: 'bearer' });
  const put = (token: string, path: string, body: object) =>
    api.http.put(`${API}${path}`).auth(token, { type: 'bearer' }).send(body);

  /** A receivable from the SME to the core, confirmed, its registration moved `hoursBefore` back. */
  async function confirmed(
    sme: EnterpriseUser,
    core: EnterpriseUser,
    fields: { amount: string; deliveryDate: string; dueDate: string; confirmedAmount?: string },
    hoursBefore: number,
  ): Promise<string> {
    const { confirmedAmount, ...terms } = fields;
    const invoices = [
      {
        number: invoiceNumber(Number(terms.deliveryDate.slice(0, 4))),
        amount: terms.amount,
        issueDate: terms.deliveryDate,
      },
    ];
    const receivable = await registerReceivable(api.http, sme.token, core.enterprise.uscc, { ...terms, invoices });
    await confirmReceivable(
      api.http,
      core.token,
      receivable.id,
      confirmedAmount ? { confirmedAmount, reason: '部分短交' } : {},
    );
    // Registered earlier than the test ran: how long confirmation took is what the criterion measures.
    await db.query(`UPDATE receivables SET created_at = created_at - make_interval(hours => $2) WHERE id = $1`, [
      receivable.id,
      hoursBefore,
    ]);
    return receivable.id;
  }

  const until = (id: string, token = region) =>
    eventually(
      async () => {
        const response = await get(token, `/reward-evaluations/${id}`);
        return response.body.status === 'QUEUED' ? undefined : response;
      },
      30_000,
      'the evaluation to finish',
    );

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    admin = await adminToken(api.http);
    region = await regulator(api.http, admin, '450000');
    a = await connectedApplicant(api.http, admin, region, YULIN, `${Y - 1}-12-31`);
    b = await connectedApplicant(api.http, admin, region, HECHI, `${Y}-01-01`);
    c = await connectedApplicant(api.http, admin, region, LAIBIN, day(0));
    const [s1, s2, s3, s4] = [
      await enterpriseWithUser(api.http, admin, smeFields(YULIN)),
      await enterpriseWithUser(api.http, admin, smeFields(YULIN)),
      await enterpriseWithUser(api.http, admin, smeFields(HECHI)),
      await enterpriseWithUser(api.http, admin, smeFields(YULIN)),
    ];

    // A: suppliers s1 and s2 (2); confirmed 100,000 + 150,000 (of 160,000) + 50,000 = 300,000.00;
    // confirmation took 1, 3 and 2 days (2.00 on average); most overdue unpaid: 30 days.
    await confirmed(s1, a, { amount: '100000.00', deliveryDate: day(-40), dueDate: day(-30) }, 24);
    await confirmed(
      s2,
      a,
      { amount: '160000.00', confirmedAmount: '150000.00', deliveryDate: day(-10), dueDate: day(50) },
      72,
    );
    const paid = await confirmed(s1, a, { amount: '50000.00', deliveryDate: day(-50), dueDate: day(-45) }, 48);
    const payment = await post(a.token, `/receivables/${paid}/payments`, {
      amount: '50000.00',
      paidOn: day(-1),
      reference: 'PAY-001',
    });
    expect(payment.status).toBe(201);
    // Not counted: s4's receivable is not confirmed, and one confirmed a millisecond before the year began.
    await registerReceivable(api.http, s4.token, a.enterprise.uscc, { amount: '500000.00' });
    const lastYear = await confirmed(s4, a, { amount: '900000.00', deliveryDate: day(-10), dueDate: day(60) }, 0);
    await db.query(`UPDATE receivables SET created_at = $2, confirmed_at = $3 WHERE id = $1`, [
      lastYear,
      `${Y - 1}-12-30T00:00:00.000+08:00`,
      `${Y - 1}-12-31T23:59:59.999+08:00`,
    ]);

    // B: one supplier; 299,999.99 confirmed after 2.5 days; unpaid and 31 days overdue.
    await confirmed(s3, b, { amount: '299999.99', deliveryDate: day(-41), dueDate: day(-31) }, 60);
  });
  afterAll(() => api.close());

  it('shows the default policy until the region sets one, and refuses bad terms naming each field', async () => {
    const defaults = await get(region, `/reward-policies/${Y + 1}`);
    expect(defaults.status).toBe(200);
    expect(defaults.body).toMatchObject({ year: Y + 1, version: 1, isDefault: true, locked: false });
    expect(defaults.body.criteria.map((c: { key: string; threshold: string }) => [c.key, c.threshold])).toEqual([
      ['CONNECTED_BY_YEAR_END', `${Y + 1}-12-31`],
      ['SME_SUPPLIERS', '10'],
      ['CONFIRMED_AMOUNT', '10000000.00'],
      ['AVERAGE_CONFIRMATION_DAYS', '5.00'],
      ['MAX_DAYS_OVERDUE_AT_YEAR_END', '60'],
    ]);

    const bad = await put(region, `/reward-policies/${Y}`, {
      criteria: [
        { key: 'SME_SUPPLIERS', threshold: 'ten' },
        { key: 'SME_SUPPLIERS', threshold: '10' },
      ],
      reward: { type: 'TIERED', tiers: [{ minConfirmed: '5', amount: '1.001' }] },
    });
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['reward.tiers[0].amount']);
    const semantic = await put(region, `/reward-policies/${Y}`, {
      criteria: [
        { key: 'SME_SUPPLIERS', threshold: 'ten' },
        { key: 'SME_SUPPLIERS', threshold: '10' },
      ],
      reward: { type: 'FIXED', amount: '100', cap: '5' },
    });
    expect(semantic.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'criteria[0].threshold',
      'criteria[1].key',
      'reward.cap',
    ]);
    expect((await put(region, `/reward-policies/1999`, POLICY)).status).toBe(400);
    const cityRegulator = await regulator(api.http, admin, YULIN);
    expect((await put(cityRegulator, `/reward-policies/${Y}`, POLICY)).status).toBe(403);
    expect((await get(region, `/reward-policies/${Y}`)).body.isDefault).toBe(true);
  });

  it('evaluates every connected enterprise on the year’s receivables, each criterion explained', async () => {
    const policy = await put(region, `/reward-policies/${Y}`, POLICY);
    expect(policy.status).toBe(200);
    expect(policy.body).toMatchObject({ version: 1, locked: false, isDefault: false });

    const started = await post(region, '/reward-evaluations', { year: Y });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'QUEUED', year: Y, policyVersion: 1 });
    evaluationId = started.body.id;
    const again = await post(region, '/reward-evaluations', { year: Y });
    expect([409, 202]).toContain(again.status); // 409 EVALUATION_IN_PROGRESS unless the first already ran
    if (again.status === 409) expect(again.body.code).toBe('EVALUATION_IN_PROGRESS');
    else evaluationId = again.body.id;

    const evaluation = await until(evaluationId);
    expect(evaluation.body).toMatchObject({ status: 'DONE', year: Y, asOf: day(0), policy: { version: 1 } });
    const resultOf = (who: Applicant) =>
      evaluation.body.results.find((r: { enterpriseId: string }) => r.enterpriseId === who.enterprise.id);
    const criteria = (who: Applicant) =>
      resultOf(who).criteria.map((c: Record<string, unknown>) => [c.key, c.actual, c.threshold, c.passed, c.shortfall]);

    expect(criteria(a)).toEqual([
      ['CONNECTED_BY_YEAR_END', `${Y - 1}-12-31`, `${Y - 1}-12-31`, true, null],
      ['SME_SUPPLIERS', '2', '2', true, null],
      ['CONFIRMED_AMOUNT', '300000.00', '300000.00', true, null],
      ['AVERAGE_CONFIRMATION_DAYS', '2.00', '2.00', true, null],
      ['MAX_DAYS_OVERDUE_AT_YEAR_END', '30', '30', true, null],
    ]);
    expect(resultOf(a)).toMatchObject({
      eligible: true,
      rewardAmount: '150000.00',
      rewardExplanation: 'Tier from ¥300,000.00 confirmed: ¥200,000.00, capped at ¥150,000.00',
      missing: [],
      cityCode: YULIN,
    });

    expect(criteria(b)).toEqual([
      ['CONNECTED_BY_YEAR_END', `${Y}-01-01`, `${Y - 1}-12-31`, false, '1'],
      ['SME_SUPPLIERS', '1', '2', false, '1'],
      ['CONFIRMED_AMOUNT', '299999.99', '300000.00', false, '0.01'],
      ['AVERAGE_CONFIRMATION_DAYS', '2.50', '2.00', false, '0.50'],
      ['MAX_DAYS_OVERDUE_AT_YEAR_END', '31', '30', false, '1'],
    ]);
    expect(resultOf(b)).toMatchObject({ eligible: false, rewardAmount: '0.00' });
    expect(resultOf(b).missing).toContain(`1 more SME supplier with receivables confirmed in ${Y} (1 of 2)`);

    expect(criteria(c)).toEqual([
      ['CONNECTED_BY_YEAR_END', day(0), `${Y - 1}-12-31`, false, expect.any(String)],
      ['SME_SUPPLIERS', '0', '2', false, '2'],
      ['CONFIRMED_AMOUNT', '0.00', '300000.00', false, '300000.00'],
      ['AVERAGE_CONFIRMATION_DAYS', null, '2.00', false, null],
      ['MAX_DAYS_OVERDUE_AT_YEAR_END', '0', '30', true, null],
    ]);
  });

  it('keeps finished results and the policy version they used for good', async () => {
    const locked = await get(region, `/reward-policies/${Y}`);
    expect(locked.body).toMatchObject({ version: 1, locked: true });
    const changed = await put(region, `/reward-policies/${Y}`, {
      ...POLICY,
      criteria: [{ key: 'SME_SUPPLIERS', threshold: '1' }],
    });
    expect(changed.body).toMatchObject({
      version: 2,
      locked: false,
      criteria: [{ key: 'SME_SUPPLIERS', threshold: '1' }],
    });
    const old = await get(region, `/reward-evaluations/${evaluationId}`);
    expect(old.body.policy.version).toBe(1);
    expect(old.body.policy.criteria).toHaveLength(5);

    await expect(
      db.query(`UPDATE reward_evaluation_results SET eligible = true WHERE evaluation_id = $1`, [evaluationId]),
    ).rejects.toThrow(/written once/);
    await expect(
      db.query(`UPDATE reward_evaluations SET total_reward = 0 WHERE id = $1`, [evaluationId]),
    ).rejects.toThrow(/finished/);
    await expect(
      db.query(`UPDATE reward_policies SET reward = '{}' WHERE year = $1 AND version = 1`, [Y]),
    ).rejects.toThrow(/cannot change/);

    const rerun = await post(region, '/reward-evaluations', { year: Y });
    const second = await until(rerun.body.id);
    expect(second.body.policy.version).toBe(2);
    const bAgain = second.body.results.find((r: { enterpriseId: string }) => r.enterpriseId === b.enterprise.id);
    expect(bAgain).toMatchObject({ eligible: true, rewardAmount: '80000.00' });

    const list = await get(region, `/reward-evaluations?year=${Y}`);
    expect(list.body.items.map((e: { id: string }) => e.id)).toEqual(
      expect.arrayContaining([evaluationId, rerun.body.id]),
    );
  });

  it('shows each core enterprise its own result and what it still lacks', async () => {
    const own = await get(b.token, `/reward-evaluations/${evaluationId}`);
    expect(own.status).toBe(200);
    expect(own.body.results.map((r: { enterpriseId: string }) => r.enterpriseId)).toEqual([b.enterprise.id]);

    const mine = await get(a.token, `/reward-evaluations/mine?year=${Y}`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ enterpriseId: a.enterprise.id, year: Y, policy: { version: 2 } });

    const outsider = await enterpriseWithUser(api.http, admin, smeFields(YULIN));
    expect((await get(outsider.token, `/reward-evaluations/${evaluationId}`)).status).toBe(403);
    const yulin = await regulator(api.http, admin, YULIN);
    const city = await get(yulin, `/reward-evaluations/${evaluationId}`);
    expect(city.body.results.length).toBeGreaterThan(0);
    expect(city.body.results.every((r: { cityCode: string }) => r.cityCode === YULIN)).toBe(true);
    expect((await post(yulin, '/reward-evaluations', { year: Y })).status).toBe(403);
    const future = await post(region, '/reward-evaluations', { year: Y + 1 });
    expect([future.status, future.body.code]).toEqual([422, 'YEAR_NOT_STARTED']);

    const inbox = await eventually(
      async () => {
        const response = await get(b.token, '/notifications?limit=200');
        const notice = response.body.items.find(
          (n: { kind: string; entityId: string }) =>
            n.kind === 'reward_evaluation.completed' && n.entityId === evaluationId,
        );
        return notice as { body: string } | undefined;
      },
      15_000,
      'the evaluation notice',
    );
    expect(inbox.body).toContain('尚缺');
  });

  it('exports the results as CSV and XLSX', async () => {
    const csv = await api.http
      .get(`${API}/reward-evaluations/${evaluationId}`)
      .auth(region, { type: 'bearer' })
      .set('Accept', 'text/csv')
      .responseType('blob');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows: Record<string, string>[] = parse((csv.body as Buffer).toString('utf8'), { bom: true, columns: true });
    const rowA = rows.find((r) => r.enterpriseId === a.enterprise.id);
    expect(rowA).toMatchObject({
      year: String(Y),
      policyVersion: '1',
      enterpriseName: a.enterprise.name,
      eligible: 'true',
      rewardAmount: '150000.00',
      'SME_SUPPLIERS.actual': '2',
      'SME_SUPPLIERS.threshold': '2',
      'SME_SUPPLIERS.passed': 'true',
      'AVERAGE_CONFIRMATION_DAYS.actual': '2.00',
      missing: '',
    });
    const rowB = rows.find((r) => r.enterpriseId === b.enterprise.id);
    expect(rowB).toMatchObject({
      eligible: 'false',
      rewardAmount: '0.00',
      'CONFIRMED_AMOUNT.actual': '299999.99',
      'CONFIRMED_AMOUNT.shortfall': '0.01',
      'MAX_DAYS_OVERDUE_AT_YEAR_END.passed': 'false',
    });
    expect(rowB?.missing).toContain(`1 more SME supplier with receivables confirmed in ${Y} (1 of 2)`);

    // For a person: headers, yes/no, the city and the missing criteria in Chinese.
    const zh = await api.http
      .get(`${API}/reward-evaluations/${evaluationId}`)
      .auth(region, { type: 'bearer' })
      .set('Accept', 'text/csv')
      .set('Accept-Language', 'zh-CN')
      .responseType('blob');
    const zhRows: Record<string, string>[] = parse((zh.body as Buffer).toString('utf8'), { bom: true, columns: true });
    const zhB = zhRows.find((r) => r['企业 ID'] === b.enterprise.id)!;
    expect(zhB).toMatchObject({ 企业名称: b.enterprise.name, 是否符合: '否', 所在市: '河池市', 城市代码: HECHI });
    expect(zhB['年度确权金额差额']).toBe('0.01');
    expect(zhB['尚缺条件']).toContain('年度确权金额');
    expect(Object.keys(zhB).join(',')).not.toMatch(/[a-z]{4,}/);

    const xlsx = await api.http
      .get(`${API}/reward-evaluations/${evaluationId}?format=xlsx`)
      .auth(b.token, { type: 'bearer' })
      .responseType('blob');
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const sheet = (workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1));
    const [header, ...data] = sheet;
    expect(data).toHaveLength(1); // the enterprise exports only its own row
    const cell = (name: string) => data[0][header.indexOf(name)];
    expect([cell('enterpriseId'), cell('eligible'), cell('CONNECTED_BY_YEAR_END.actual')]).toEqual([
      b.enterprise.id,
      'false',
      `${Y}-01-01`,
    ]);
  });
});

import { addDays, shanghaiDate } from '@gqt/kernel';
import { SnapshotsService } from '@gqt/monitoring';
import { DataSource } from 'typeorm';
import { API, startApi, type TestApi } from '../../support/api';
import { eventually } from '../../support/eventually';
import { inContext } from '../../support/in-context';
import {
  adminToken,
  coreFields,
  enterpriseWithUser,
  regulator,
  smeFields,
  type EnterpriseUser,
} from '../../factories/enterprises';
import { projected, publishEvents, receivableStory, type StoryEvents } from '../../factories/receivable-events';

const today = shanghaiDate();
const day = (offset: number) => addDays(today, offset);
const party = (e: EnterpriseUser) => ({ id: e.enterprise.id, cityCode: e.enterprise.cityCode });

describe('a regulator watches overdue receivables', () => {
  let api: TestApi;
  let admin: string;
  let core: EnterpriseUser;
  let sme: EnterpriseUser;
  let otherSme: EnterpriseUser;
  let liuzhou: string;
  let beihai: string;
  let region: string;
  const stories: Record<string, StoryEvents> = {};

  const overdue = (token: string, query: string) =>
    api.http.get(`${API}/monitoring/overdue?${query}`).auth(token, { type: 'bearer' });
  const idsOf = (body: { items: { receivableId: string }[] }) => body.items.map((i) => i.receivableId).sort();

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    core = await enterpriseWithUser(api.http, admin, coreFields('450200'));
    sme = await enterpriseWithUser(api.http, admin, smeFields('450100'));
    otherSme = await enterpriseWithUser(api.http, admin, smeFields('450300'));
    [liuzhou, beihai, region] = await Promise.all([
      regulator(api.http, admin, '450200'),
      regulator(api.http, admin, '450500'),
      regulator(api.http, admin, '450000'),
    ]);
    const between = { creditor: party(sme), debtor: party(core) };
    stories.plain = receivableStory({ ...between, amount: '100000.00', deliveryDate: day(-70), dueDate: day(-10) });
    stories.partlyPaid = receivableStory({
      ...between,
      amount: '100000.00',
      deliveryDate: day(-70),
      dueDate: day(-10),
      payments: [{ amount: '40000.00', paidOn: day(-7) }],
    });
    stories.agreedRate = receivableStory({
      ...between,
      amount: '100000.00',
      deliveryDate: day(-70),
      dueDate: day(-10),
      lateInterestRate: '0.0365',
    });
    stories.notDue = receivableStory({ ...between, amount: '5000.00', deliveryDate: day(-10), dueDate: day(20) });
    stories.unconfirmed = receivableStory({
      ...between,
      amount: '7000.00',
      deliveryDate: day(-70),
      dueDate: day(-10),
      confirmed: null,
    });
    stories.paidLate = receivableStory({
      ...between,
      amount: '20000.00',
      deliveryDate: day(-80),
      dueDate: day(-20),
      payments: [{ amount: '20000.00', paidOn: day(-5) }],
    });
    // Every event of every story in one batch: handlers see them in no particular order.
    await publishEvents(
      api.app,
      Object.values(stories).flatMap((s) => s.all),
    );
    await projected(
      api.app,
      Object.values(stories).map((s) => s.receivableId),
    );
  });
  afterAll(() => api.close());

  it('lists what is overdue today with days overdue and late interest to the fen', async () => {
    const res = await overdue(region, `debtorId=${core.enterprise.id}`);
    expect(res.status).toBe(200);
    const byId = new Map(res.body.items.map((i: { receivableId: string }) => [i.receivableId, i]));
    expect(byId.get(stories.plain.receivableId)).toMatchObject({
      contractNo: stories.plain.contractNo,
      creditor: { id: sme.enterprise.id, name: sme.enterprise.name, cityCode: '450100' },
      debtor: { id: core.enterprise.id, name: core.enterprise.name, cityCode: '450200', industry: 'INDUSTRY' },
      confirmedAmount: '100000.00',
      outstandingAmount: '100000.00',
      dueDate: day(-10),
      daysOverdue: 10,
      bucket: 'd1_30',
      // 100000.00 × 0.05 % × 10 days
      lateInterest: '500.00',
      lateInterestRate: null,
      interestBasis: 'STATUTORY',
      asOf: today,
    });
    // 3 days on 100000.00, then 7 on 60000.00 after the part payment
    expect(byId.get(stories.partlyPaid.receivableId)).toMatchObject({
      outstandingAmount: '60000.00',
      lateInterest: '360.00',
    });
    // 3.65 % a year is 0.01 % a day
    expect(byId.get(stories.agreedRate.receivableId)).toMatchObject({
      lateInterest: '100.00',
      interestBasis: 'AGREED',
    });
    expect(byId.has(stories.notDue.receivableId)).toBe(false);
    expect(byId.has(stories.unconfirmed.receivableId)).toBe(false);
    expect(byId.has(stories.paidLate.receivableId)).toBe(false);
  });

  it('gives the figures as they stood on a past day', async () => {
    const res = await overdue(region, `debtorId=${core.enterprise.id}&asOf=${day(-5)}`);
    expect(res.status).toBe(200);
    const byId = new Map(res.body.items.map((i: { receivableId: string }) => [i.receivableId, i]));
    expect(byId.get(stories.plain.receivableId)).toMatchObject({
      daysOverdue: 5,
      lateInterest: '250.00',
      asOf: day(-5),
    });
    // Paid in full on day -5: nothing outstanding at the end of that day.
    expect(byId.has(stories.paidLate.receivableId)).toBe(false);
    const earlier = await overdue(region, `debtorId=${core.enterprise.id}&asOf=${day(-8)}`);
    const paidLate = earlier.body.items.find(
      (i: { receivableId: string }) => i.receivableId === stories.paidLate.receivableId,
    );
    // 12 days overdue on 20000.00
    expect(paidLate).toMatchObject({ daysOverdue: 12, outstandingAmount: '20000.00', lateInterest: '120.00' });
    const partlyPaid = earlier.body.items.find(
      (i: { receivableId: string }) => i.receivableId === stories.partlyPaid.receivableId,
    );
    expect(partlyPaid).toMatchObject({ outstandingAmount: '100000.00', daysOverdue: 2, lateInterest: '100.00' });
  });

  it('filters by minimum days overdue, city and industry, and pages with a cursor', async () => {
    const old = await overdue(admin, `debtorId=${core.enterprise.id}&minDaysOverdue=11`);
    expect(old.body.items).toEqual([]);
    const byCity = await overdue(admin, `debtorId=${core.enterprise.id}&cityCode=450100`);
    expect(byCity.body.items).toHaveLength(3);
    const otherIndustry = await overdue(admin, `debtorId=${core.enterprise.id}&industry=RETAIL`);
    expect(otherIndustry.body.items).toEqual([]);
    const first = await overdue(admin, `debtorId=${core.enterprise.id}&limit=2`);
    expect(first.body.items).toHaveLength(2);
    const second = await overdue(admin, `debtorId=${core.enterprise.id}&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    expect(idsOf({ items: [...first.body.items, ...second.body.items] })).toEqual(
      [stories.plain, stories.partlyPaid, stories.agreedRate].map((s) => s.receivableId).sort(),
    );
  });

  it('refuses bad input with a 400 problem', async () => {
    for (const query of [
      `asOf=${day(1)}`,
      'asOf=2026-02-30',
      'minDaysOverdue=0',
      'cityCode=999999',
      'cursor=nonsense',
      'debtorId=x',
    ]) {
      const res = await overdue(admin, query);
      expect([query, res.status, res.body.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
    }
  });

  it('shows a city regulator only receivables whose creditor or debtor is in its city', async () => {
    const own = await overdue(liuzhou, `debtorId=${core.enterprise.id}`);
    expect(own.body.items).toHaveLength(3);
    const elsewhere = await overdue(beihai, `debtorId=${core.enterprise.id}`);
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body.items).toEqual([]);
    // A filter for another city still never reaches outside its own.
    const asked = await overdue(beihai, `cityCode=450100&debtorId=${core.enterprise.id}`);
    expect(asked.body.items).toEqual([]);
  });

  it('shows enterprises their own side only', async () => {
    const payables = await overdue(core.token, '');
    expect(idsOf(payables.body)).toEqual(
      [stories.plain, stories.partlyPaid, stories.agreedRate].map((s) => s.receivableId).sort(),
    );
    const receivables = await overdue(sme.token, '');
    expect(idsOf(receivables.body)).toEqual(idsOf(payables.body));
    const stranger = await overdue(otherSme.token, `debtorId=${core.enterprise.id}`);
    expect(stranger.body.items).toEqual([]);
  });

  it('exports the list as CSV in UTF-8 with a byte-order mark, Chinese names intact', async () => {
    const res = await overdue(admin, `debtorId=${core.enterprise.id}&limit=1`)
      .set('Accept', 'text/csv')
      .responseType('blob');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const text = (res.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trim().split('\n');
    expect(lines[0]).toBe(
      'receivableId,contractNo,creditorName,creditorCityCode,debtorName,debtorCityCode,debtorIndustry,confirmedAmount,' +
        'outstandingAmount,deliveryDate,dueDate,daysOverdue,bucket,lateInterest,lateInterestRate,interestBasis,asOf',
    );
    // An export holds every item, not one page.
    expect(lines).toHaveLength(4);
    const plain = lines.find((line) => line.startsWith(stories.plain.receivableId));
    expect(plain).toBe(
      [
        stories.plain.receivableId,
        stories.plain.contractNo,
        sme.enterprise.name,
        '450100',
        core.enterprise.name,
        '450200',
        'INDUSTRY',
        '100000.00',
        '100000.00',
        day(-70),
        day(-10),
        '10',
        'd1_30',
        '500.00',
        '',
        'STATUTORY',
        today,
      ].join(','),
    );
  });

  it('exports for a person in its language: headers, city, industry and bucket names beside the codes', async () => {
    const csv = async (language: string) => {
      const res = await overdue(admin, `debtorId=${core.enterprise.id}`)
        .set('Accept', 'text/csv')
        .set('Accept-Language', language)
        .responseType('blob');
      expect(res.status).toBe(200);
      expect(res.headers['content-language']).toBe(language);
      const lines = (res.body as Buffer).toString('utf8').slice(1).trim().split('\n');
      return { header: lines[0].split(','), plain: lines.find((l) => l.startsWith(stories.plain.receivableId))! };
    };
    const zh = await csv('zh-CN');
    expect(zh.header.slice(0, 6)).toEqual([
      '应收账款 ID',
      '合同编号',
      '债权人',
      '债权人所在市',
      '债权人城市代码',
      '债务人',
    ]);
    expect(zh.header).toContain('账龄');
    expect(zh.header.join(',')).not.toMatch(/[a-z]{4,}/);
    const zhRow = zh.plain.split(',');
    expect(zhRow[zh.header.indexOf('债务人所在市')]).toBe('柳州市');
    expect(zhRow[zh.header.indexOf('债务人城市代码')]).toBe('450200');
    expect(zhRow[zh.header.indexOf('债务人行业')]).toBe('工业');
    expect(zhRow[zh.header.indexOf('账龄')]).toBe('逾期 1–30 天');
    expect(zhRow[zh.header.indexOf('账龄代码')]).toBe('d1_30');
    expect(zhRow[zh.header.indexOf('计息依据')]).toBe('法定每日万分之五');

    const en = await csv('en');
    expect(en.header.slice(0, 3)).toEqual(['Receivable ID', 'Contract no.', 'Creditor']);
    const enRow = en.plain.split(',');
    expect(enRow[en.header.indexOf('Debtor city')]).toBe('Liuzhou');
    expect(enRow[en.header.indexOf('Aging')]).toBe('1–30 days overdue');
  });

  it('tells the debtor, the creditor and the regulators once, and publishes receivable.overdue once', async () => {
    const inbox = (token: string) =>
      api.http
        .get(`${API}/notifications?limit=200`)
        .auth(token, { type: 'bearer' })
        .then((r) => r.body.items as { kind: string; entityId: string }[]);
    const noticesOf = (items: { kind: string; entityId: string }[]) =>
      items.filter((n) => n.kind === 'receivable.overdue' && n.entityId === stories.plain.receivableId);
    await eventually(async () => (noticesOf(await inbox(core.token)).length === 1 ? true : undefined));
    const snapshots = api.app.get(SnapshotsService);
    // Two runs at once, each in a context (and a transaction) of its own, as two workers would.
    await Promise.all([inContext(api.app, () => snapshots.catchUp()), inContext(api.app, () => snapshots.catchUp())]);
    expect(noticesOf(await inbox(core.token))).toHaveLength(1);
    expect(noticesOf(await inbox(sme.token))).toHaveLength(1);
    expect(noticesOf(await inbox(liuzhou))).toHaveLength(1);
    expect(noticesOf(await inbox(region))).toHaveLength(1);
    expect(noticesOf(await inbox(beihai))).toHaveLength(0);
    const events = await api.app
      .get(DataSource)
      .query(`SELECT payload FROM outbox_events WHERE type = 'receivable.overdue' AND aggregate_id = $1`, [
        stories.plain.receivableId,
      ]);
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({
      receivableId: stories.plain.receivableId,
      debtorId: core.enterprise.id,
      creditorCityCode: '450100',
      dueDate: day(-10),
      outstandingAmount: '100000.00',
      asOf: today,
    });
    // The receivable that is not due, and the one not confirmed, are not noticed.
    const all = await api.app
      .get(DataSource)
      .query(
        `SELECT aggregate_id FROM outbox_events WHERE type = 'receivable.overdue' AND aggregate_id = ANY($1::uuid[])`,
        [[stories.notDue.receivableId, stories.unconfirmed.receivableId]],
      );
    expect(all).toEqual([]);
  });

  it('builds the same figures whatever order the events come in, and counts a redelivered payment once', async () => {
    const story = receivableStory({
      creditor: party(sme),
      debtor: party(otherSme),
      amount: '30000.00',
      deliveryDate: day(-60),
      dueDate: day(-4),
      payments: [
        { amount: '10000.00', paidOn: day(-3) },
        { amount: '5000.00', paidOn: day(-1) },
      ],
    });
    // Payments first, the registration last, and the first payment delivered twice as two events.
    for (const event of [...story.all].reverse()) await publishEvents(api.app, [event]);
    await publishEvents(api.app, [story.payments[0]]);
    await projected(api.app, [story.receivableId]);
    const res = await overdue(admin, `debtorId=${otherSme.enterprise.id}`);
    const item = res.body.items.find((i: { receivableId: string }) => i.receivableId === story.receivableId);
    // Day -3: 30000, day -2 and -1: 20000, day 0: 15000 → 85000 × 0.05 %
    expect(item).toMatchObject({ outstandingAmount: '15000.00', daysOverdue: 4, lateInterest: '42.50' });
  });
});

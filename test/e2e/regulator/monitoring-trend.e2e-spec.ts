import { addDays, shanghaiDate } from '@gqt/kernel';
import { SnapshotsService } from '@gqt/monitoring';
import { API, startApi, type TestApi } from '../../support/api';
import { inContext } from '../../support/in-context';
import {
  adminToken,
  coreFields,
  enterpriseWithUser,
  regulator,
  smeFields,
  type EnterpriseUser,
} from '../../factories/enterprises';
import { projected, publishEvents, receivableStory } from '../../factories/receivable-events';

const today = shanghaiDate();
const day = (offset: number) => addDays(today, offset);
const party = (e: EnterpriseUser) => ({ id: e.enterprise.id, cityCode: e.enterprise.cityCode });

interface Point {
  date: string;
  figures?: unknown;
  counts: Record<string, number>;
  amounts: Record<string, string>;
}

/**
 * The dashboard's trend is the days it says, ending on the statistics date (Shanghai calendar):
 * every day of the window, from snapshots where they were taken and from business dates where not.
 */
describe('the overdue trend over a calendar window', () => {
  let api: TestApi;
  let admin: string;
  let core: EnterpriseUser;
  let sme: EnterpriseUser;
  let baise: string;
  let beihai: string;

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    // A city of its own for this file's receivables, so that other files' data cannot change the sums.
    core = await enterpriseWithUser(api.http, admin, coreFields('451000'));
    sme = await enterpriseWithUser(api.http, admin, smeFields('451000'));
    [baise, beihai] = await Promise.all([regulator(api.http, admin, '451000'), regulator(api.http, admin, '450500')]);
    const story = receivableStory({
      creditor: party(sme),
      debtor: party(core),
      amount: '100000.00',
      deliveryDate: day(-70),
      dueDate: day(-10),
      payments: [{ amount: '40000.00', paidOn: day(-5) }],
    });
    await publishEvents(api.app, story.all);
    await projected(api.app, [story.receivableId]);
    // One past day has a snapshot; every other day of the window has none.
    await inContext(api.app, () => api.app.get(SnapshotsService).take(day(-20)));
  });
  afterAll(() => api.close());

  const trend = (token: string, query: string) =>
    api.http.get(`${API}/monitoring/trend?${query}`).auth(token, { type: 'bearer' });
  const overdue = (p: Point) => Object.entries(p.amounts).filter(([bucket]) => bucket !== 'notDue');

  it('has every day from the first to the statistics date, today included', async () => {
    const res = await trend(baise, `from=${day(-29)}&to=${today}`);
    expect(res.status).toBe(200);
    const items = res.body.items as Point[];
    expect(items).toHaveLength(30);
    expect(items.map((p) => p.date)).toEqual(Array.from({ length: 30 }, (_, i) => day(i - 29)));
    expect(items.at(-1)!.date).toBe(today);
    expect(res.body).toMatchObject({ scopeCode: '451000', from: day(-29), to: today });
  });

  it('counts each day as it stood on the Shanghai calendar: not due, then overdue, then partly paid', async () => {
    const items = (await trend(baise, `from=${day(-29)}&to=${today}`)).body.items as Point[];
    const on = (date: string) => items.find((p) => p.date === date)!;
    // Before the due date (a snapshot day and a computed day alike): all of it not yet due.
    for (const date of [day(-20), day(-11)]) {
      expect(on(date).counts.notDue).toBe(1);
      expect(on(date).amounts.notDue).toBe('100000.00');
    }
    // From the day after the due date: overdue; the payment counts from its day.
    expect(on(day(-9)).amounts.d1_30).toBe('100000.00');
    expect(on(day(-6)).amounts.d1_30).toBe('100000.00');
    expect(on(day(-5)).amounts.d1_30).toBe('60000.00');
    expect(on(today).amounts.d1_30).toBe('60000.00');
    expect(overdue(on(today)).filter(([, amount]) => amount !== '0.00')).toEqual([['d1_30', '60000.00']]);
  });

  it('defaults to 30 days ending yesterday, and a city regulator sees its own city only', async () => {
    const fallback = (await trend(baise, '')).body;
    expect(fallback.items).toHaveLength(30);
    expect(fallback.to).toBe(day(-1));
    const elsewhere = (await trend(beihai, `from=${day(-9)}&to=${today}`)).body;
    expect(elsewhere.scopeCode).toBe('450500');
    expect(elsewhere.items).toHaveLength(10);
    expect((await trend(beihai, `cityCode=451000`)).status).toBe(403);
  });
});

import { API, startApi, type TestApi } from '../../support/api';
import { adminToken } from '../../factories/enterprises';
import {
  confirmedReceivable,
  financingParties,
  requestFinancing,
  type FinancingParties,
} from '../../factories/financing';
import { invoiceNumber, tag } from '../../factories/identifiers';
import { day, registerReceivable } from '../../factories/receivables';

interface Item {
  id: string;
  contractNo: string;
  amount: string;
  dueDate: string;
}

/** Lists people decide by: a keyword, sorting by amount or due date across pages, a total count. */
describe('searching and sorting lists', () => {
  let api: TestApi;
  let parties: FinancingParties;
  const prefix = `KW${tag()}`;
  const amounts = ['300.00', '1200.00', '50.00', '999.99', '7000.00'];

  beforeAll(async () => {
    api = await startApi();
    parties = await financingParties(api.http, await adminToken(api.http));
    for (const [index, amount] of amounts.entries()) {
      await registerReceivable(api.http, parties.sme.token, parties.core.enterprise.uscc, {
        contractNo: `${prefix}-${index}`,
        amount,
        ...invoiceOf(amount),
        dueDate: day(20 + index * 7),
      });
    }
  });
  afterAll(() => api.close());

  function invoiceOf(amount: string) {
    const issueDate = day(-10);
    const number = invoiceNumber(Number(issueDate.slice(0, 4)));
    return { invoices: [{ number, amount, issueDate }], deliveryDate: issueDate };
  }

  const list = (query: string, token = parties.sme.token) =>
    api.http.get(`${API}/receivables?${query}`).auth(token, { type: 'bearer' });

  async function all(query: string): Promise<Item[]> {
    const items: Item[] = [];
    let cursor: string | null = null;
    do {
      const res = await list(`${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      items.push(...(res.body.items as Item[]));
      cursor = res.body.nextCursor as string | null;
    } while (cursor);
    return items;
  }

  it('finds by part of the contract number or of the counterparty’s name, with the total', async () => {
    const byContract = await list(`q=${prefix}&withTotal=true`);
    expect(byContract.body.total).toBe(5);
    expect(byContract.body.items).toHaveLength(5);
    const one = await list(`q=${prefix}-3&withTotal=true`);
    expect(one.body.items.map((r: Item) => r.contractNo)).toEqual([`${prefix}-3`]);
    expect(one.body.total).toBe(1);
    const byName = await list(`q=${encodeURIComponent(parties.core.enterprise.name)}&withTotal=true`);
    expect(byName.body.total).toBeGreaterThanOrEqual(5);
    expect((await list('q=%25&withTotal=true')).body.total).toBe(0);
    expect((await list('q=%20')).status).toBe(400);
  });

  it('sorts by amount and by due date, either way, across pages', async () => {
    const ascending = await all(`q=${prefix}&sort=amount`);
    expect(ascending.map((r) => r.amount)).toEqual(['50.00', '300.00', '999.99', '1200.00', '7000.00']);
    const descending = await all(`q=${prefix}&sort=-amount`);
    expect(descending.map((r) => r.amount)).toEqual(['7000.00', '1200.00', '999.99', '300.00', '50.00']);
    const due = await all(`q=${prefix}&sort=dueDate`);
    expect(due.map((r) => r.contractNo)).toEqual([0, 1, 2, 3, 4].map((i) => `${prefix}-${i}`));
    const dueLast = await all(`q=${prefix}&sort=-dueDate`);
    expect(dueLast.map((r) => r.contractNo)).toEqual([4, 3, 2, 1, 0].map((i) => `${prefix}-${i}`));
  });

  it('refuses a cursor of another sort, and an unknown sort', async () => {
    const first = await list(`q=${prefix}&sort=amount&limit=2`);
    const cursor = first.body.nextCursor as string;
    expect((await list(`q=${prefix}&sort=-dueDate&cursor=${cursor}`)).status).toBe(400);
    expect((await list(`q=${prefix}&cursor=${cursor}`)).status).toBe(400);
    expect((await list('sort=debtor')).status).toBe(400);
  });

  it('shows the bank each request’s debtors, and finds requests by a debtor’s name', async () => {
    const id = await confirmedReceivable(api.http, parties);
    const submitted = await requestFinancing(api.http, parties.sme.token, parties.bank.enterprise.id, [id]);
    expect(submitted.status).toBe(201);
    const queue = await api.http
      .get(
        `${API}/financing-requests?status=SUBMITTED&withTotal=true&q=${encodeURIComponent(parties.core.enterprise.name)}`,
      )
      .auth(parties.bank.token, { type: 'bearer' });
    expect(queue.status).toBe(200);
    expect(queue.body.total).toBe(1);
    expect(queue.body.items[0].receivables[0]).toMatchObject({ id, debtorName: parties.core.enterprise.name });
    const none = await api.http
      .get(`${API}/financing-requests?q=no-such-company-${tag()}&withTotal=true`)
      .auth(parties.bank.token, { type: 'bearer' });
    expect(none.body).toMatchObject({ items: [], total: 0 });
  });
});

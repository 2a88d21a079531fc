import { addDays, shanghaiDate } from '@gqt/kernel';
import { ReceivableStatisticsService } from '@gqt/receivables';
import {
  adminToken,
  coreFields,
  enterpriseWithUser,
  regulator,
  smeFields,
  type EnterpriseUser,
} from '../../factories/enterprises';
import { currentYear } from '../../factories/onboarding';
import {
  pieceStory,
  projected,
  publishEvents,
  receivableStory,
  type PieceEvents,
  type StoryEvents,
} from '../../factories/receivable-events';
import { confirmedReceivable, pay } from '../../factories/receivables';
import { transferred } from '../../factories/transfers';
import { API, startApi, type TestApi } from '../../support/api';
import { inContext } from '../../support/in-context';

const today = shanghaiDate();
const day = (offset: number) => addDays(today, offset);
const party = (e: EnterpriseUser) => ({ id: e.enterprise.id, cityCode: e.enterprise.cityCode });

interface AgingItem {
  key: string;
  totalCount: number;
  totalAmount: string;
}

/**
 * Monitoring and the reward figures count a split receivable's obligation once (issue 17): each
 * piece with money outstanding is a receivable of its holder, and the pieces' amounts, overdue
 * money and late interest add up to what the unsplit receivable's would be.
 */
describe('monitoring a split receivable', () => {
  let api: TestApi;
  let admin: string;
  let region: string;

  const get = (token: string, path: string) => api.http.get(`${API}${path}`).auth(token, { type: 'bearer' });
  const agingOf = async (debtorId: string, asOf?: string): Promise<AgingItem | undefined> => {
    const response = await get(region, `/monitoring/aging?groupBy=debtor&limit=200${asOf ? `&asOf=${asOf}` : ''}`);
    expect(response.status).toBe(200);
    return response.body.items.find((item: AgingItem) => item.key === debtorId);
  };

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    region = await regulator(api.http, admin, '450000');
  });
  afterAll(() => api.close());

  it('counts the pieces of a tree as receivables and its money once, and settles it once', async () => {
    const core = await enterpriseWithUser(api.http, admin, coreFields('451400'));
    const [a, b, c] = await Promise.all(
      ['451400', '450100', '450600'].map((city) => enterpriseWithUser(api.http, admin, smeFields(city))),
    );
    // Due 70 days after delivery: a term the scorecard flags, once for the tree.
    const root = (await confirmedReceivable(
      api.http,
      a.token,
      { token: core.token, uscc: core.enterprise.uscc },
      {
        amount: '80000.00',
        deliveryDate: day(-10),
        dueDate: day(60),
      },
    )) as { id: string };
    const p = await transferred(api.http, a.token, root.id, b.enterprise.uscc, '30000.00');
    const q = await transferred(api.http, b.token, p.id, c.enterprise.uscc, '10000.00');
    await projected(api.app, [root.id, p.id, q.id]);

    expect(await agingOf(core.enterprise.id)).toMatchObject({ totalCount: 3, totalAmount: '80000.00' });
    const scorecard = await get(region, `/monitoring/debtors/${core.enterprise.id}`);
    expect(scorecard.body).toMatchObject({
      outstandingCount: 3,
      outstandingAmount: '80000.00',
      confirmedCount: 1,
      settledCount: 0,
      flaggedPaymentTerms: { count: 1, longestDays: 70 },
    });
    // The reward evaluation's figures: one supplier, one confirmation of 80000.00.
    const statistics = await inContext(api.app, () =>
      api.app.get(ReceivableStatisticsService).debtorYear([core.enterprise.id], currentYear(), today),
    );
    expect(statistics.get(core.enterprise.id)).toMatchObject({ suppliers: 1, confirmedCount: 1, maxDaysOverdue: 0 });
    expect(statistics.get(core.enterprise.id)?.confirmedAmount.toString()).toBe('80000.00');

    // The debtor pays each holder: the tree is settled once, on time, when its last piece is.
    for (const [id, amount] of [
      [root.id, '50000.00'],
      [p.id, '20000.00'],
    ] as const) {
      expect((await pay(api.http, core.token, id, amount)).status).toBe(201);
    }
    await projected(api.app, [root.id, p.id]);
    expect((await get(region, `/monitoring/debtors/${core.enterprise.id}`)).body).toMatchObject({
      outstandingCount: 1,
      outstandingAmount: '10000.00',
      settledCount: 0,
    });
    expect((await pay(api.http, core.token, q.id, '10000.00')).status).toBe(201);
    await projected(api.app, [q.id]);
    expect((await get(region, `/monitoring/debtors/${core.enterprise.id}`)).body).toMatchObject({
      outstandingCount: 0,
      outstandingAmount: '0.00',
      settledCount: 1,
      onTimePaymentRate: '1.0000',
    });
    expect(await agingOf(core.enterprise.id)).toBeUndefined();
  });

  describe('overdue: pieces split off before the due date', () => {
    let split: EnterpriseUser;
    let whole: EnterpriseUser;
    let holderA: EnterpriseUser;
    let holderB: EnterpriseUser;
    let root: StoryEvents;
    let piece: PieceEvents;
    let control: StoryEvents;

    beforeAll(async () => {
      split = await enterpriseWithUser(api.http, admin, coreFields('451400'));
      whole = await enterpriseWithUser(api.http, admin, coreFields('451400'));
      holderA = await enterpriseWithUser(api.http, admin, smeFields('451400'));
      holderB = await enterpriseWithUser(api.http, admin, smeFields('450800'));
      // 100000.00 due 10 days ago; 40000.00 of it passed on to B 20 days ago, of which 10000.00 was
      // paid 5 days ago. The control is the same debt, unsplit, with the same payment.
      const terms = { amount: '100000.00', deliveryDate: day(-80), dueDate: day(-10) };
      root = receivableStory({ creditor: party(holderA), debtor: party(split), ...terms });
      piece = pieceStory(root, {
        holder: party(holderB),
        amount: '40000.00',
        transferredOn: day(-20),
        payments: [{ amount: '10000.00', paidOn: day(-5) }],
      });
      control = receivableStory({
        creditor: party(holderA),
        debtor: party(whole),
        ...terms,
        payments: [{ amount: '10000.00', paidOn: day(-5) }],
      });
      // In no particular order, as the relay may hand them on.
      await publishEvents(api.app, [...piece.all, ...control.all, ...root.all].reverse());
      await projected(api.app, [root.receivableId, piece.pieceId, control.receivableId]);
    });

    it('lists each piece overdue with its own money; the pieces add up to the unsplit debt', async () => {
      const list = (debtor: EnterpriseUser, token = region) =>
        get(token, `/monitoring/overdue?debtorId=${debtor.enterprise.id}`).then((r) => r.body.items);
      const items = await list(split);
      const byId = new Map(items.map((i: { receivableId: string }) => [i.receivableId, i]));
      expect(byId.get(root.receivableId)).toMatchObject({ outstandingAmount: '60000.00', lateInterest: '300.00' });
      expect(byId.get(piece.pieceId)).toMatchObject({
        outstandingAmount: '30000.00',
        lateInterest: '175.00',
        creditor: { id: holderB.enterprise.id },
      });
      const [unsplit] = await list(whole);
      expect(unsplit).toMatchObject({ outstandingAmount: '90000.00', lateInterest: '475.00' });
      // Each holder sees its own piece as its receivable.
      expect((await list(split, holderA.token)).map((i: { receivableId: string }) => i.receivableId)).toEqual([
        root.receivableId,
      ]);
      expect((await list(split, holderB.token)).map((i: { receivableId: string }) => i.receivableId)).toEqual([
        piece.pieceId,
      ]);
    });

    it('gives the scorecard the unsplit figures, counting the pieces as receivables', async () => {
      const [splitCard, wholeCard] = await Promise.all(
        [split, whole].map(async (debtor) => (await get(region, `/monitoring/debtors/${debtor.enterprise.id}`)).body),
      );
      const figures = ['outstandingAmount', 'overdueAmount', 'lateInterest', 'confirmedCount', 'onTimePaymentRate'];
      const pick = (card: Record<string, unknown>) => Object.fromEntries(figures.map((f) => [f, card[f]]));
      expect(pick(splitCard)).toEqual(pick(wholeCard));
      expect(pick(splitCard)).toMatchObject({
        outstandingAmount: '90000.00',
        lateInterest: '475.00',
        confirmedCount: 1,
      });
      expect([splitCard.outstandingCount, splitCard.overdueCount]).toEqual([2, 2]);
      expect(splitCard.flaggedPaymentTerms).toEqual(wholeCard.flaggedPaymentTerms);
    });

    it('computes a past day from business dates: the piece from the day it was split off', async () => {
      // Before the transfer: one receivable of 100000.00; after it, two, still 100000.00; today 90000.00.
      expect(await agingOf(split.enterprise.id, day(-25))).toMatchObject({ totalCount: 1, totalAmount: '100000.00' });
      expect(await agingOf(split.enterprise.id, day(-15))).toMatchObject({ totalCount: 2, totalAmount: '100000.00' });
      expect(await agingOf(split.enterprise.id)).toMatchObject({ totalCount: 2, totalAmount: '90000.00' });
      const past = await get(region, `/monitoring/overdue?debtorId=${split.enterprise.id}&asOf=${day(-6)}`);
      const amounts = past.body.items.map((i: { outstandingAmount: string }) => i.outstandingAmount).sort();
      expect(amounts).toEqual(['40000.00', '60000.00']);
    });
  });
});

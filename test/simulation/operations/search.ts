import { API } from '../../support/api';
import type { Operation } from '../operation';

const fenOf = (amount: string): bigint => {
  const [whole, fraction = ''] = amount.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
};

/**
 * An SME lists its receivables largest first with their total: the total is what the model holds
 * for it, every amount the model's, in order, and the keyset cursor of the sort loses none.
 */
export const search: Operation = {
  name: 'search',
  weight: 3,
  applicable: (world) => world.receivables.length > 0,
  async run(world) {
    const sme = world.smes[world.random.int(world.smes.length)];
    const mine = world.receivables.filter((r) => r.creditor === sme.index);
    const seen: { id: string; amount: string }[] = [];
    let total: number | undefined;
    let cursor: string | null = null;
    do {
      const response = await world.http
        .get(`${API}/receivables`)
        .query({ role: 'creditor', sort: '-amount', withTotal: true, limit: 7, ...(cursor ? { cursor } : {}) })
        .auth(sme.token, { type: 'bearer' });
      if (response.status !== 200) world.fail('search', { status: response.status, body: response.body as unknown });
      const page = response.body as {
        items: { id: string; amount: string }[];
        nextCursor: string | null;
        total: number;
      };
      total ??= page.total;
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    if (total !== mine.length || seen.length !== mine.length) {
      world.fail('search total', { total, listed: seen.length, model: mine.length });
    }
    const amounts = seen.map((r) => fenOf(r.amount));
    if (amounts.some((fen, i) => i > 0 && fen > amounts[i - 1])) world.fail('search order', amounts.map(String));
    for (const r of seen) {
      const model = mine.find((m) => m.id === r.id);
      if (!model || model.amountFen !== fenOf(r.amount)) world.fail('search amount', { id: r.id, amount: r.amount });
    }
    return `search by SME #${sme.index}, largest first: ${seen.length} of ${String(total)}`;
  },
};

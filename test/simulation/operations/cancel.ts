import type { Operation } from '../operation';

/** The creditor withdraws a receivable that was never confirmed; its invoices are free again. */
export const cancel: Operation = {
  name: 'cancel',
  weight: 3,
  applicable: (world) => world.receivables.length > 0,
  async run(world) {
    const r = world.choose(world.receivables, (x) => x.status === 'PENDING_CONFIRMATION' || x.status === 'DISPUTED')!;
    const byDebtor = world.random.chance(0.1);
    const answer = await world.post(
      byDebtor ? world.cores[r.debtor].token : world.smes[r.creditor].token,
      `/receivables/${r.id}/cancel`,
      {},
    );
    if (byDebtor) world.expect('cancel by the debtor', answer, { status: 403 });
    else if (r.status !== 'PENDING_CONFIRMATION' && r.status !== 'DISPUTED')
      world.expect('cancel', answer, { status: 409, code: 'INVALID_STATE' });
    else {
      world.expect('cancel', answer, { status: 200 });
      r.status = 'CANCELLED';
    }
    return `cancel #${r.index}${byDebtor ? ' by the debtor' : ''}: ${answer.status}`;
  },
};

import type { Operation } from '../operation';

/** The debtor disputes a receivable it has not confirmed. */
export const dispute: Operation = {
  name: 'dispute',
  weight: 3,
  applicable: (world) => world.receivables.length > 0,
  async run(world) {
    const r = world.choose(world.receivables, (x) => x.status === 'PENDING_CONFIRMATION')!;
    const answer = await world.post(world.cores[r.debtor].token, `/receivables/${r.id}/dispute`, {
      reason: '货物数量与合同不符',
    });
    if (r.status !== 'PENDING_CONFIRMATION') world.expect('dispute', answer, { status: 409, code: 'INVALID_STATE' });
    else {
      world.expect('dispute', answer, { status: 200 });
      r.status = 'DISPUTED';
    }
    return `dispute #${r.index}: ${answer.status}`;
  },
};

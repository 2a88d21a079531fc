import type { Operation } from '../operation';
import { allows, bankActing, requestFor } from './decisions';

/** The bank records that the loan is repaid; the pledge ends and the receivables are released. */
export const repay: Operation = {
  name: 'repay',
  weight: 4,
  applicable: (world) => world.financing.length > 0,
  async run(world) {
    const f = requestFor(world, 'repay');
    const { token, stranger } = bankActing(world, f);
    const answer = await world.post(token, `/financing-requests/${f.id}/repay`, { repaidOn: world.today });
    if (stranger) world.expect('repay by another bank', answer, { status: 404 });
    else if (!allows('repay', f)) world.expect('repay', answer, { status: 409, code: 'INVALID_STATE' });
    else {
      world.expect('repay', answer, { status: 200 });
      f.status = 'REPAID';
      world.release(f);
    }
    return `repay f${f.index}: ${answer.status}`;
  },
};

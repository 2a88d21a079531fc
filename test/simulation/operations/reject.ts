import type { Operation } from '../operation';
import { allows, bankActing, requestFor } from './decisions';

/** The bank declines a request; its receivables are free again. */
export const reject: Operation = {
  name: 'reject',
  weight: 2,
  applicable: (world) => world.financing.length > 0,
  async run(world) {
    const f = requestFor(world, 'reject');
    const { token, stranger } = bankActing(world, f);
    const answer = await world.post(token, `/financing-requests/${f.id}/reject`, { reason: '押品价值不足' });
    if (stranger) world.expect('reject by another bank', answer, { status: 404 });
    else if (!allows('reject', f)) world.expect('reject', answer, { status: 409, code: 'INVALID_STATE' });
    else {
      world.expect('reject', answer, { status: 200 });
      f.status = 'REJECTED';
      world.release(f);
    }
    return `reject f${f.index}: ${answer.status}`;
  },
};

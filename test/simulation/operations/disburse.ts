import type { Operation } from '../operation';
import { allows, bankActing, pledgeRefusal, requestFor } from './decisions';

/** The bank pays out an approved loan once the pledge is registered (中登网). */
export const disburse: Operation = {
  name: 'disburse',
  weight: 5,
  applicable: (world) => world.financing.length > 0,
  async run(world) {
    const f = requestFor(world, 'disburse');
    const { token, stranger } = bankActing(world, f);
    const answer = await world.post(token, `/financing-requests/${f.id}/disburse`, {
      loanReference: `LN-${world.random.seed}-${f.index}`,
      disbursedOn: world.today,
      pledgeRegistrationNo: `ZD${world.random.digits(12)}`,
    });
    if (stranger) world.expect('disburse by another bank', answer, { status: 404 });
    else if (!allows('disburse', f)) world.expect('disburse', answer, { status: 409, code: 'INVALID_STATE' });
    else {
      world.expect('disburse', answer, pledgeRefusal(world, f, f.approvedFen!) ?? { status: 200 });
      if (answer.status === 200) f.status = 'DISBURSED';
    }
    return `disburse f${f.index}: ${answer.status} ${answer.code ?? ''}`;
  },
};

import type { Operation } from '../operation';
import { allows, bankActing, pledgeRefusal, requestFor } from './decisions';

/** The bank approves a request, for at most what was asked and what the receivables back. */
export const approve: Operation = {
  name: 'approve',
  weight: 6,
  applicable: (world) => world.financing.length > 0,
  async run(world) {
    const { random } = world;
    const f = requestFor(world, 'approve');
    const { token, stranger } = bankActing(world, f);
    const tooMuch = random.chance(0.1);
    // Mostly within what the receivables still back (payments since the request lower it).
    const backed = world.limit(
      world.banks[f.bank],
      f.receivables.map((i) => world.receivables[i]),
    );
    const most = backed >= 1n && backed < f.requestedFen && random.chance(0.8) ? backed : f.requestedFen;
    const fen = tooMuch ? f.requestedFen + 1n : BigInt(random.between(1, Number(most)));
    const answer = await world.post(token, `/financing-requests/${f.id}/approve`, {
      approvedAmount: world.yuan(fen),
      annualRate: '0.0435',
      termDays: 30,
    });
    if (stranger) world.expect('approve by another bank', answer, { status: 404 });
    else if (!allows('approve', f)) world.expect('approve', answer, { status: 409, code: 'INVALID_STATE' });
    else if (tooMuch) world.expect('approve', answer, { status: 422, code: 'AMOUNT_EXCEEDS_REQUESTED' });
    else {
      world.expect('approve', answer, pledgeRefusal(world, f, fen) ?? { status: 200 });
      if (answer.status === 200) Object.assign(f, { status: 'APPROVED', approvedFen: fen });
    }
    return `approve f${f.index} ${world.yuan(fen)} of ${world.yuan(f.requestedFen)}${stranger ? ' by another bank' : ''}: ${answer.status} ${answer.code ?? ''}`;
  },
};

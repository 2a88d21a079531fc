import type { Operation } from '../operation';
import { allows, requestFor } from './decisions';

/** The SME withdraws its request before the money is paid out; another SME may not. */
export const withdraw: Operation = {
  name: 'withdraw',
  weight: 2,
  applicable: (world) => world.financing.length > 0,
  async run(world) {
    const f = requestFor(world, 'withdraw');
    const stranger = world.random.chance(0.08);
    const sme = stranger ? (f.sme + 1) % world.smes.length : f.sme;
    const answer = await world.post(world.smes[sme].token, `/financing-requests/${f.id}/withdraw`, {});
    if (stranger) world.expect('withdraw by another SME', answer, { status: 404 });
    else if (!allows('withdraw', f)) world.expect('withdraw', answer, { status: 409, code: 'INVALID_STATE' });
    else {
      world.expect('withdraw', answer, { status: 200 });
      f.status = 'WITHDRAWN';
      world.release(f);
    }
    return `withdraw f${f.index}${stranger ? ' by another SME' : ''}: ${answer.status}`;
  },
};

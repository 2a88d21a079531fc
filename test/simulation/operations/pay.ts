import type { Operation } from '../operation';
import type { Expected } from '../world';

/** The debtor records a payment: part, all, too much, or a reference already used. */
export const pay: Operation = {
  name: 'pay',
  weight: 10,
  applicable: (world) => world.receivables.length > 0,
  async run(world) {
    const { random } = world;
    const r = world.choose(world.receivables, (x) => world.outstanding(x) > 0n)!;
    const outstanding = world.outstanding(r);
    const kind = random.int(10);
    let fen: bigint;
    if (outstanding === 0n) fen = BigInt(random.between(1, 100_000));
    else if (kind === 0)
      fen = outstanding + 1n; // too much
    else if (kind < 4)
      fen = outstanding; // all of it
    else fen = BigInt(random.between(1, Number(outstanding))); // part
    const reused = kind === 9 && r.payments.length > 0;
    const reference = reused
      ? random.pick(r.payments)
      : `PAY-${random.seed}-${r.index}-${r.payments.length}-${random.digits(6)}`;
    const answer = await world.post(world.cores[r.debtor].token, `/receivables/${r.id}/payments`, {
      amount: world.yuan(fen),
      paidOn: world.today,
      reference,
    });
    let expected: Expected = { status: 201 };
    if (r.status !== 'CONFIRMED') expected = { status: 409, code: 'INVALID_STATE' };
    else if (fen > outstanding) expected = { status: 422, code: 'OVERPAYMENT' };
    else if (reused) expected = { status: 409, code: 'PAYMENT_ALREADY_RECORDED' };
    world.expect('pay', answer, expected);
    if (answer.status === 201) {
      r.paidFen += fen;
      r.payments.push(reference);
      if (r.paidFen === r.confirmedFen) r.status = 'SETTLED';
    }
    return `pay #${r.index} ${world.yuan(fen)} of ${world.yuan(outstanding)} outstanding${reused ? ' (reference reused)' : ''}: ${answer.status}`;
  },
};

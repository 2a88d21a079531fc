import type { Operation } from '../operation';

/** Payments of everything outstanding, at once, with different references: exactly one is recorded. */
export const racePay: Operation = {
  name: 'race-pay',
  weight: 2,
  applicable: (world) => world.owed().length > 0,
  async run(world) {
    const { random } = world;
    const r = random.pick(world.owed());
    const fen = world.outstanding(r);
    const racers = random.between(2, 3);
    const references = Array.from(
      { length: racers },
      (_, i) => `RACE-${random.seed}-${r.index}-${r.payments.length}-${i}`,
    );
    const answers = await Promise.all(
      references.map((reference) =>
        world.post(world.cores[r.debtor].token, `/receivables/${r.id}/payments`, {
          amount: world.yuan(fen),
          paidOn: world.today,
          reference,
        }),
      ),
    );
    // The winner settles the receivable: the others are refused as such, or as more than is outstanding.
    const winner = world.oneWinner(
      'race-pay',
      answers,
      201,
      { status: 409, code: 'INVALID_STATE' },
      { status: 422, code: 'OVERPAYMENT' },
    );
    r.paidFen += fen;
    r.payments.push(references[winner]);
    r.status = 'SETTLED';
    return `race-pay #${r.index} ${world.yuan(fen)} × ${racers}: one payment`;
  },
};

import type { Operation } from '../operation';

/** Payments of everything outstanding, at once, with different references: exactly one is recorded. */
export const racePay: Operation = {
  name: 'race-pay',
  weight: 2,
  applicable: (world) => world.receivables.some((r) => world.outstanding(r) > 0n),
  async run(world) {
    const { random } = world;
    const r = random.pick(world.receivables.filter((x) => world.outstanding(x) > 0n));
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
    const winners = answers.filter((a) => a.status === 201);
    if (winners.length !== 1)
      world.fail(
        `race-pay: ${winners.length} winners`,
        answers.map((a) => a.body),
      );
    for (const loser of answers.filter((a) => a !== winners[0])) {
      // The receivable is settled by the winner: refused as such, or as more than is outstanding.
      world.expect(
        'race-pay loser',
        loser,
        { status: 409, code: 'INVALID_STATE' },
        { status: 422, code: 'OVERPAYMENT' },
      );
    }
    r.paidFen += fen;
    r.payments.push(references[answers.indexOf(winners[0])]);
    r.status = 'SETTLED';
    return `race-pay #${r.index} ${world.yuan(fen)} × ${racers}: one payment`;
  },
};

import type { Operation } from '../operation';

/** One payment sent several times at once with the same Idempotency-Key: one effect, one answer for all. */
export const sameKey: Operation = {
  name: 'same-key',
  weight: 2,
  applicable: (world) => world.owed().length > 0,
  async run(world) {
    const { random } = world;
    const r = random.pick(world.owed());
    const fen = BigInt(random.between(1, Number(world.outstanding(r))));
    const reference = `KEY-${random.seed}-${r.index}-${r.payments.length}`;
    const key = `same-${random.seed}-${r.index}-${r.payments.length}`;
    const body = { amount: world.yuan(fen), paidOn: world.today, reference };
    const copies = random.between(2, 4);
    const answers = await Promise.all(
      Array.from({ length: copies }, () =>
        world.post(world.cores[r.debtor].token, `/receivables/${r.id}/payments`, body, key),
      ),
    );
    for (const answer of answers) {
      world.expect('same-key copy', answer, { status: 201 });
      if (JSON.stringify(answer.body) !== JSON.stringify(answers[0].body))
        world.fail('same-key copies answered differently', [answers[0].body, answer.body]);
    }
    r.paidFen += fen;
    r.payments.push(reference);
    if (r.paidFen === r.confirmedFen) r.status = 'SETTLED';
    return `same-key payment #${r.index} ${world.yuan(fen)} × ${copies}: one effect`;
  },
};

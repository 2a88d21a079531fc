import type { Operation } from '../operation';
import { financingRefusal, financingRequest } from './finance';

/** Several identical requests for one receivable at once: exactly one is made, the rest see it pledged. */
export const raceFinance: Operation = {
  name: 'race-finance',
  weight: 3,
  // Every bank lends at least a fen against it (its ratio of the outstanding).
  applicable: (world) =>
    world.receivables.some((r) => world.financeable(r) && r.financing === null && world.outstanding(r) >= 2n),
  async run(world) {
    const { random } = world;
    const r = random.pick(
      world.receivables.filter((x) => world.financeable(x) && x.financing === null && world.outstanding(x) >= 2n),
    );
    const bank = random.int(world.banks.length);
    const fen = BigInt(random.between(1, Number(world.limit(world.banks[bank], [r]))));
    const request = financingRequest(world, r.creditor, bank, [r], fen, 30);
    if (financingRefusal(world, r.creditor, bank, [r], fen, 30)) throw new Error('race-finance drew a refused request');
    const racers = random.between(2, 4);
    const answers = await Promise.all(
      Array.from({ length: racers }, () =>
        world.post(world.smes[r.creditor].token, '/financing-requests', request.body),
      ),
    );
    const winner = world.oneWinner('race-finance', answers, 201, { status: 409, code: 'RECEIVABLE_ALREADY_PLEDGED' });
    return `race-finance #${r.index} × ${racers}: one winner, f${request.record(answers[winner].body.id as string)}`;
  },
};

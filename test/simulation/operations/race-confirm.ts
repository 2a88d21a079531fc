import type { Operation } from '../operation';

/** The debtor's users confirm one receivable at once: exactly one confirmation. */
export const raceConfirm: Operation = {
  name: 'race-confirm',
  weight: 2,
  applicable: (world) => world.receivables.some((r) => r.status === 'PENDING_CONFIRMATION'),
  async run(world) {
    const { random } = world;
    const r = random.pick(world.receivables.filter((x) => x.status === 'PENDING_CONFIRMATION'));
    const racers = random.between(2, 3);
    const answers = await Promise.all(
      Array.from({ length: racers }, () => world.post(world.cores[r.debtor].token, `/receivables/${r.id}/confirm`, {})),
    );
    world.oneWinner('race-confirm', answers, 200, { status: 409, code: 'INVALID_STATE' });
    Object.assign(r, { status: 'CONFIRMED', confirmedFen: r.amountFen });
    return `race-confirm #${r.index} × ${racers}: one confirmation`;
  },
};

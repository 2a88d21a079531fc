import type { Operation } from '../operation';

/** The debtor confirms a receivable (确权), in full or in part; a stranger or the creditor may not. */
export const confirm: Operation = {
  name: 'confirm',
  weight: 10,
  applicable: (world) => world.receivables.length > 0,
  async run(world) {
    const { random } = world;
    const r = world.choose(world.receivables, (x) => x.status === 'PENDING_CONFIRMATION')!;
    const who = random.int(10);
    const partial = random.chance(0.3);
    const confirmedFen = partial ? (r.amountFen * BigInt(random.between(50, 99))) / 100n : r.amountFen;
    const token =
      who === 0
        ? world.cores[(r.debtor + 1) % world.cores.length].token
        : who === 1
          ? world.smes[r.creditor].token
          : world.cores[r.debtor].token;
    const answer = await world.post(
      token,
      `/receivables/${r.id}/confirm`,
      partial ? { confirmedAmount: world.yuan(confirmedFen), reason: '部分货物待验收' } : {},
    );
    if (who === 0) world.expect('confirm by a stranger', answer, { status: 404 });
    else if (who === 1) world.expect('confirm by the creditor', answer, { status: 403 });
    else if (r.status !== 'PENDING_CONFIRMATION')
      world.expect('confirm', answer, { status: 409, code: 'INVALID_STATE' });
    else {
      world.expect('confirm', answer, { status: 200 });
      Object.assign(r, { status: 'CONFIRMED', confirmedFen });
    }
    return `confirm #${r.index}${partial ? ` ${world.yuan(confirmedFen)} of ${world.yuan(r.amountFen)}` : ''} by ${['stranger', 'creditor'][who] ?? 'debtor'}: ${answer.status}`;
  },
};

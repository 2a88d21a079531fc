import type { Operation } from '../operation';

const DAY_MS = 86_400_000;

/**
 * An SME puts a receivable before both banks at once (api-contract.md § Matching): mostly within
 * the lower of their ratios, sometimes above it (422). Each bank offers what its own ratio allows,
 * and the SME accepts both offers at once: exactly one acceptance wins, the request is APPROVED with
 * that bank and goes on as any approved request.
 */
export const compete: Operation = {
  name: 'compete',
  weight: 3,
  applicable: (world) =>
    world.banks.length >= 2 &&
    world.receivables.some((r) => world.financeable(r) && r.financing === null && world.outstanding(r) >= 2n),
  async run(world) {
    const { random } = world;
    const r = random.pick(
      world.receivables.filter((x) => world.financeable(x) && x.financing === null && world.outstanding(x) >= 2n),
    );
    const limits = world.banks.map((bank) => world.limit(bank, [r]));
    const lowest = limits.reduce((a, b) => (a < b ? a : b));
    const tooMuch = random.chance(0.1);
    const fen = tooMuch ? lowest + 1n : BigInt(random.between(1, Number(lowest)));
    const sme = world.smes[r.creditor];
    const opened = await world.post(sme.token, '/financing-requests', {
      receivableIds: [r.id],
      bankIds: world.banks.map((b) => b.id),
      requestedAmount: world.yuan(fen),
      termDays: 30,
    });
    if (tooMuch) {
      world.expect('compete above the lowest ratio', opened, { status: 422, code: 'AMOUNT_EXCEEDS_LIMIT' });
      return `compete #${r.index} ${world.yuan(fen)} before ${world.banks.length} banks: ${opened.code}`;
    }
    world.expect('compete', opened, { status: 201 });
    const id = opened.body.id as string;
    const validUntil = new Date(Date.now() + DAY_MS).toISOString();
    const offers: { bank: number; fen: bigint; id: string }[] = [];
    for (const [bank, party] of world.banks.entries()) {
      const offered = BigInt(random.between(1, Number(fen)));
      const answer = await world.post(party.token, `/financing-requests/${id}/offers`, {
        amount: world.yuan(offered),
        annualRate: `0.0${random.between(300, 600)}`,
        termDays: 30,
        validUntil,
      });
      world.expect('offer', answer, { status: 201 });
      offers.push({ bank, fen: offered, id: answer.body.id as string });
    }
    const answers = await Promise.all(
      offers.map((offer) => world.post(sme.token, `/financing-requests/${id}/offers/${offer.id}/accept`, {})),
    );
    const winner = world.oneWinner('accept racing', answers, 200, { status: 409, code: 'INVALID_STATE' });
    const taken = offers[winner];
    const index = world.financing.length;
    world.financing.push({
      index,
      id,
      sme: r.creditor,
      bank: taken.bank,
      status: 'APPROVED',
      receivables: [r.index],
      requestedFen: fen,
      approvedFen: taken.fen,
    });
    r.financing = index;
    return `compete #${r.index} ${world.yuan(fen)}: offers ${offers.map((o) => world.yuan(o.fen)).join(', ')}; bank${taken.bank}'s taken, f${index}`;
  },
};

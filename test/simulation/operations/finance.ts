import { daysBetween } from '@gqt/kernel';
import type { Operation } from '../operation';
import type { Expected, SimReceivable, World } from '../world';

/**
 * What the platform must answer to a request for these receivables (api-contract.md § Pledge
 * financing): each is the SME's (404), financeable (422) and in no live request (409), checked in
 * id order as the receivables are locked; then the bank's ratio and the receivables' tenor.
 */
export function financingRefusal(
  world: World,
  sme: number,
  bank: number,
  receivables: SimReceivable[],
  requestedFen: bigint,
  termDays: number,
): Expected | undefined {
  if (receivables.some((r) => r.creditor !== sme)) return { status: 404 };
  for (const r of [...receivables].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!world.financeable(r)) return { status: 422, code: 'RECEIVABLE_NOT_FINANCEABLE' };
    if (r.financing !== null) return { status: 409, code: 'RECEIVABLE_ALREADY_PLEDGED' };
  }
  if (requestedFen > world.limit(world.banks[bank], receivables)) return { status: 422, code: 'AMOUNT_EXCEEDS_LIMIT' };
  const tenor = Math.min(...receivables.map((r) => daysBetween(world.today, r.dueDate)));
  if (termDays > tenor) return { status: 422, code: 'TERM_EXCEEDS_TENOR' };
  return undefined;
}

/** The body of a financing request, and the model's entry once it is made. */
export function financingRequest(
  world: World,
  sme: number,
  bank: number,
  receivables: SimReceivable[],
  fen: bigint,
  termDays: number,
) {
  return {
    body: {
      receivableIds: receivables.map((r) => r.id),
      bankId: world.banks[bank].id,
      requestedAmount: world.yuan(fen),
      termDays,
    },
    record(id: string) {
      const index = world.financing.length;
      world.financing.push({
        index,
        id,
        sme,
        bank,
        status: 'SUBMITTED',
        receivables: receivables.map((r) => r.index),
        requestedFen: fen,
        approvedFen: null,
      });
      for (const r of receivables) r.financing = index;
      return index;
    },
  };
}

/** An SME pledges one or two receivables to a bank: mostly valid, sometimes too much, too long, or not its own. */
export const finance: Operation = {
  name: 'finance',
  weight: 8,
  applicable: (world) => world.receivables.length > 0,
  async run(world) {
    const { random } = world;
    const sme = random.pick(world.smes).index;
    const bank = random.int(world.banks.length);
    const own = world.receivables.filter((r) => r.creditor === sme);
    const first =
      world.choose(own, (r) => world.financeable(r) && r.financing === null, 0.85) ?? random.pick(world.receivables);
    const chosen = [first];
    const second = random.chance(0.25)
      ? random.pick(random.chance(0.1) ? world.receivables : own.length ? own : world.receivables)
      : undefined;
    if (second && second !== first) chosen.push(second);
    const limit = world.limit(world.banks[bank], chosen);
    const tooMuch = random.chance(0.1);
    const fen = tooMuch || limit < 1n ? limit + 1n : BigInt(random.between(1, Number(limit)));
    const termDays = random.chance(0.1) ? 365 : 30;
    const request = financingRequest(world, sme, bank, chosen, fen, termDays);
    const refusal = financingRefusal(world, sme, bank, chosen, fen, termDays);
    const answer = await world.post(world.smes[sme].token, '/financing-requests', request.body);
    world.expect('finance', answer, refusal ?? { status: 201 });
    const made =
      answer.status === 201 ? `request f${request.record(answer.body.id as string)}` : (answer.code ?? answer.status);
    return `finance ${chosen.map((r) => `#${r.index}`).join('+')} at bank${bank} ${world.yuan(fen)} for ${termDays} d by sme${sme}: ${made}`;
  },
};

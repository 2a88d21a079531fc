import type { FinancingStatus, SimFinancing, World } from '../world';

// api-contract.md § Pledge financing: which statuses allow which step.
const FROM: Record<string, readonly FinancingStatus[]> = {
  approve: ['SUBMITTED'],
  reject: ['SUBMITTED'],
  withdraw: ['SUBMITTED', 'APPROVED'],
  disburse: ['APPROVED'],
  repay: ['DISBURSED'],
};

export const allows = (action: keyof typeof FROM, request: SimFinancing): boolean =>
  FROM[action].includes(request.status);

/** A financing request for a step, preferring one whose status allows it. */
export const requestFor = (world: World, action: keyof typeof FROM): SimFinancing =>
  world.choose(world.financing, (f) => allows(action, f))!;

/** The refusal of approving or disbursing `loanFen` when its receivables no longer back it. */
export function pledgeRefusal(world: World, request: SimFinancing, loanFen: bigint) {
  const receivables = request.receivables.map((i) => world.receivables[i]);
  if (receivables.some((r) => !world.financeable(r))) return { status: 422, code: 'RECEIVABLE_NOT_FINANCEABLE' };
  if (loanFen > world.limit(world.banks[request.bank], receivables))
    return { status: 422, code: 'AMOUNT_EXCEEDS_LIMIT' };
  return undefined;
}

/** The bank of the request, or (now and then) another bank, which must not see it. */
export function bankActing(world: World, request: SimFinancing): { token: string; stranger: boolean } {
  const stranger = world.random.chance(0.08);
  const bank = stranger ? (request.bank + 1) % world.banks.length : request.bank;
  return { token: world.banks[bank].token, stranger };
}

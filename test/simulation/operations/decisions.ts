import type { Operation } from '../operation';
import { LIVE_FINANCING, type FinancingStatus, type SimFinancing, type World } from '../world';

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

/** The SME that made the request, or (now and then) another SME, which must not see it. */
function smeActing(world: World, request: SimFinancing): { token: string; stranger: boolean } {
  const stranger = world.random.chance(0.08);
  const sme = stranger ? (request.sme + 1) % world.smes.length : request.sme;
  return { token: world.smes[sme].token, stranger };
}

/**
 * A step of a request with no rule but its status: allowed, it moves the request to `to`, and
 * leaving the live states frees its receivables; otherwise 409 INVALID_STATE; a stranger gets 404.
 */
export function financingStep(step: {
  action: 'reject' | 'withdraw' | 'repay';
  weight: number;
  to: FinancingStatus;
  by: 'bank' | 'sme';
  body: (world: World) => object;
}): Operation {
  return {
    name: step.action,
    weight: step.weight,
    applicable: (world) => world.financing.length > 0,
    async run(world) {
      const f = requestFor(world, step.action);
      const { token, stranger } = step.by === 'bank' ? bankActing(world, f) : smeActing(world, f);
      const answer = await world.post(token, `/financing-requests/${f.id}/${step.action}`, step.body(world));
      if (stranger) world.expect(`${step.action} by a stranger`, answer, { status: 404 });
      else if (!allows(step.action, f)) world.expect(step.action, answer, { status: 409, code: 'INVALID_STATE' });
      else {
        world.expect(step.action, answer, { status: 200 });
        f.status = step.to;
        if (!LIVE_FINANCING.includes(step.to)) world.release(f);
      }
      return `${step.action} f${f.index}${stranger ? ' by a stranger' : ''}: ${answer.status}`;
    },
  };
}

import type { EnterpriseKind } from '@gqt/contracts';
import { Money, conflict, ruleViolation, type BusinessDate } from '@gqt/kernel';
import { isOverdue, outstandingOf, type ReceivableFigures } from './receivable';
import { assertCanDo } from './receivable-status';

/** How many tiers a tree may have when the region has set no policy (api-contract.md § Transfer and split). */
export const DEFAULT_MAX_TIER = 10;
/** The range a region regulator may set the tier limit in: 1 allows no transfer at all. */
export const MAX_TIER_RANGE = { min: 1, max: 99 } as const;
/**
 * The most pieces one tree takes, so that a tree is always read whole (GET /receivables/{id}/tree).
 * Transfers racing on different pieces of one tree may each pass this check: the tree's documented
 * bound, MAX_TREE_PIECES_SHOWN, leaves room for them.
 */
export const MAX_TREE_PIECES = 500;
export const MAX_TREE_PIECES_SHOWN = 2 * MAX_TREE_PIECES;

/** What the split rules look at of the receivable (or piece) a holder passes part of on. */
export interface TransferSource extends ReceivableFigures {
  /** The root is tier 1, a piece of it tier 2, and so on. */
  tier: number;
  /** Whether it backs a live financing request. */
  pledged: boolean;
  /** How many pieces its tree has, the root included. */
  treePieces: number;
}

export interface Split {
  /** Everything the holder has passed on of it, this transfer included. */
  transferredAmount: Money;
  /** Nothing is left to its holder: it ends TRANSFERRED. */
  passesOnAll: boolean;
  /** The new piece's tier. */
  tier: number;
}

/**
 * A holder passes `amount` of a receivable on to another SME (数字债权凭证 拆分流转): only a
 * confirmed receivable, not overdue, in no live financing request, for 0.01 up to what it still
 * holds, within the region's tier limit (api-contract.md § Transfer and split, in that order).
 * Who may receive it is the caller's to check: it needs the enterprise registry.
 */
export function split(from: TransferSource, amount: Money, today: BusinessDate, maxTier: number): Split {
  assertCanDo(from.status, 'transfer');
  if (isOverdue(from, today)) {
    throw ruleViolation(
      'RECEIVABLE_OVERDUE',
      `It has been overdue since ${from.dueDate}: an overdue debt is not passed on`,
    );
  }
  if (from.pledged) {
    throw conflict('RECEIVABLE_ALREADY_PLEDGED', 'It backs a live financing request: the pledge comes first');
  }
  const outstanding = outstandingOf(from);
  if (!amount.isPositive() || amount.greaterThan(outstanding)) {
    throw ruleViolation(
      'AMOUNT_EXCEEDS_OUTSTANDING',
      `amount must be between 0.01 and the ${outstanding.toString()} its holder still holds; ${amount.toString()} is not`,
    );
  }
  const tier = from.tier + 1;
  if (tier > maxTier) {
    throw ruleViolation(
      'TIER_LIMIT',
      `A piece of it would be tier ${tier}; the region allows at most ${maxTier} tiers`,
    );
  }
  if (from.treePieces >= MAX_TREE_PIECES) {
    throw ruleViolation(
      'TREE_PIECE_LIMIT',
      `Its tree has ${from.treePieces} pieces; a tree takes at most ${MAX_TREE_PIECES}`,
    );
  }
  return { transferredAmount: from.transferredAmount.plus(amount), passesOnAll: amount.equals(outstanding), tier };
}

/** The enterprise a piece would go to, as the registry knows it (null: no enterprise has that code). */
export interface Transferee {
  id: string;
  kind: EnterpriseKind;
}

/**
 * A piece goes to a registered SME other than its holder (api-contract.md § Transfer and split),
 * and never to the debtor: a debtor that held a claim on itself would have extinguished it
 * (Civil Code art. 576, 混同).
 */
export function assertTransferee<T extends Transferee>(
  transferee: T | null,
  parties: { holderId: string; debtorId: string },
  uscc: string,
): T {
  if (!transferee)
    throw ruleViolation('TRANSFEREE_NOT_ELIGIBLE', `No enterprise with credit code ${uscc} is registered`);
  if (transferee.id === parties.holderId) throw ruleViolation('SELF_DEALING', 'A holder cannot transfer to itself');
  if (transferee.id === parties.debtorId) {
    throw ruleViolation('TRANSFEREE_NOT_ELIGIBLE', 'The debtor cannot hold a claim on itself');
  }
  if (transferee.kind !== 'SME') {
    throw ruleViolation('TRANSFEREE_NOT_ELIGIBLE', `Pieces go to registered SMEs; ${uscc} is a ${transferee.kind}`);
  }
  return transferee;
}

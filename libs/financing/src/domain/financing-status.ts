import type { FinancingStatus } from '@gqt/contracts';
import { invalidState } from '@gqt/kernel';

// api-contract.md § Pledge financing: SUBMITTED → APPROVED | REJECTED | WITHDRAWN;
// APPROVED → DISBURSED | WITHDRAWN; DISBURSED → REPAID. Before several banks (§ Matching):
// OPEN → APPROVED (the SME accepts an offer) | WITHDRAWN | EXPIRED (no acceptance in time).
export { FINANCING_STATUSES, type FinancingStatus } from '@gqt/contracts';

/** A live request holds its receivables: no other live request may use them. */
export const LIVE_STATUSES: readonly FinancingStatus[] = ['OPEN', 'SUBMITTED', 'APPROVED', 'DISBURSED'];

export type FinancingAction = 'approve' | 'reject' | 'withdraw' | 'disburse' | 'repay' | 'accept' | 'expire';

const TRANSITIONS: Record<FinancingAction, { from: readonly FinancingStatus[]; to: FinancingStatus }> = {
  approve: { from: ['SUBMITTED'], to: 'APPROVED' },
  reject: { from: ['SUBMITTED'], to: 'REJECTED' },
  // The SME may change its mind until the money is paid out.
  withdraw: { from: ['OPEN', 'SUBMITTED', 'APPROVED'], to: 'WITHDRAWN' },
  disburse: { from: ['APPROVED'], to: 'DISBURSED' },
  repay: { from: ['DISBURSED'], to: 'REPAID' },
  // The SME takes one bank's offer: the request is approved with that bank on the offer's terms.
  accept: { from: ['OPEN'], to: 'APPROVED' },
  expire: { from: ['OPEN'], to: 'EXPIRED' },
};

export const isLive = (status: FinancingStatus): boolean => LIVE_STATUSES.includes(status);

/** The status after `action`, or 409 INVALID_STATE when the request's status does not allow it. */
export function transition(status: FinancingStatus, action: FinancingAction): FinancingStatus {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(status)) {
    throw invalidState(`A ${status} financing request cannot be ${PAST[action]} (only ${rule.from.join(' or ')})`);
  }
  return rule.to;
}

const PAST: Record<FinancingAction, string> = {
  approve: 'approved',
  reject: 'rejected',
  withdraw: 'withdrawn',
  disburse: 'disbursed',
  repay: 'marked repaid',
  accept: 'accepted',
  expire: 'expired',
};

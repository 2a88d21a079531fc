import { invalidState } from '@gqt/kernel';

import type { ReceivableStatus } from '@gqt/contracts';

export { RECEIVABLE_STATUSES, type ReceivableStatus } from '@gqt/contracts';

export type ReceivableAction = 'confirm' | 'dispute' | 'cancel' | 'pay' | 'transfer';

/**
 * Which statuses allow which action. A disputed receivable may also be cancelled by its creditor:
 * it was never confirmed, and cancelling frees its invoices for a corrected registration.
 */
const ALLOWED_FROM: Record<ReceivableAction, readonly ReceivableStatus[]> = {
  confirm: ['PENDING_CONFIRMATION'],
  dispute: ['PENDING_CONFIRMATION'],
  cancel: ['PENDING_CONFIRMATION', 'DISPUTED'],
  pay: ['CONFIRMED'],
  // Only a confirmed receivable can be split (api-contract.md § Transfer and split).
  transfer: ['CONFIRMED'],
};

const VERB: Record<ReceivableAction, string> = {
  confirm: 'confirmed',
  dispute: 'disputed',
  cancel: 'cancelled',
  pay: 'paid',
  transfer: 'transferred',
};

export function canDo(status: ReceivableStatus, action: ReceivableAction): boolean {
  return ALLOWED_FROM[action].includes(status);
}

/** Refuses an action the state machine does not allow from `status` (409 INVALID_STATE). */
export function assertCanDo(status: ReceivableStatus, action: ReceivableAction): void {
  if (!canDo(status, action)) {
    throw invalidState(`A receivable in status ${status} cannot be ${VERB[action]}`);
  }
}

/** Statuses whose invoices stay registered: every one but CANCELLED. */
export const holdsInvoices = (status: ReceivableStatus): boolean => status !== 'CANCELLED';

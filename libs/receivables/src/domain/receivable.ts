import { Money, daysBetween, invalid, ruleViolation, type BusinessDate } from '@gqt/kernel';
import { assertCanDo, type ReceivableStatus } from './receivable-status';

/** The figures of a receivable that its rules look at. */
export interface ReceivableFigures {
  status: ReceivableStatus;
  amount: Money;
  confirmedAmount: Money | null;
  paidAmount: Money;
  /** What its holder passed on to others as pieces (api-contract.md § Transfer and split). */
  transferredAmount: Money;
  deliveryDate: BusinessDate;
  dueDate: BusinessDate;
}

/**
 * What is still owed to its holder: the confirmed amount less payments and what was passed on as
 * pieces once confirmed; the claimed amount while it waits for confirmation; nothing once disputed,
 * cancelled, settled or passed on whole.
 */
export function outstandingOf(r: ReceivableFigures): Money {
  if (r.status === 'CONFIRMED') return (r.confirmedAmount ?? Money.ZERO).minus(r.paidAmount).minus(r.transferredAmount);
  if (r.status === 'PENDING_CONFIRMATION') return r.amount;
  return Money.ZERO;
}

/**
 * Overdue is not a status (api-contract.md § Receivables): a confirmed debt with money
 * outstanding whose due date is before today on the Shanghai calendar.
 */
export function isOverdue(r: ReceivableFigures, today: BusinessDate): boolean {
  return r.status === 'CONFIRMED' && outstandingOf(r).isPositive() && r.dueDate < today;
}

export function daysOverdue(r: ReceivableFigures, today: BusinessDate): number {
  return isOverdue(r, today) ? daysBetween(r.dueDate, today) : 0;
}

/** When the creditor can expect its money: the due date while anything is expected. */
export function expectedPaymentDate(r: ReceivableFigures): BusinessDate | null {
  return r.status === 'CONFIRMED' || r.status === 'PENDING_CONFIRMATION' ? r.dueDate : null;
}

export interface ConfirmationTerms {
  confirmedAmount?: Money;
  dueDate?: BusinessDate;
}

/**
 * The debtor confirms the debt (确权), in full or in part, possibly correcting the due date.
 * A partial confirmation leaves the rest disputed; the confirmed part must be paid on time
 * (SME Payment Regulation (2025) art. 15).
 */
export function confirmation(
  r: ReceivableFigures,
  terms: ConfirmationTerms,
): { confirmedAmount: Money; dueDate: BusinessDate } {
  assertCanDo(r.status, 'confirm');
  const confirmedAmount = terms.confirmedAmount ?? r.amount;
  if (!confirmedAmount.isPositive()) {
    throw invalid('VALIDATION_FAILED', 'confirmedAmount must be positive; dispute the receivable to confirm nothing', [
      { field: 'confirmedAmount', message: 'must be greater than zero' },
    ]);
  }
  if (confirmedAmount.greaterThan(r.amount)) {
    throw ruleViolation(
      'CONFIRMED_AMOUNT_EXCEEDS_AMOUNT',
      `confirmedAmount ${confirmedAmount.toString()} is more than the receivable's amount ${r.amount.toString()}`,
    );
  }
  const dueDate = terms.dueDate ?? r.dueDate;
  if (dueDate < r.deliveryDate) {
    throw invalid('VALIDATION_FAILED', 'dueDate may not be before the delivery date', [
      { field: 'dueDate', message: `must be on or after the delivery date ${r.deliveryDate}` },
    ]);
  }
  return { confirmedAmount, dueDate };
}

/** A payment by the debtor: never more than is outstanding; nothing outstanding settles it. */
export function payment(
  r: ReceivableFigures,
  amount: Money,
  paidOn: BusinessDate,
  today: BusinessDate,
): { paidAmount: Money; outstanding: Money; settles: boolean } {
  if (!amount.isPositive()) {
    throw invalid('VALIDATION_FAILED', 'amount must be greater than zero', [
      { field: 'amount', message: 'must be greater than zero' },
    ]);
  }
  if (paidOn > today) {
    throw invalid('VALIDATION_FAILED', 'paidOn may not be in the future', [
      { field: 'paidOn', message: 'may not be after today (Asia/Shanghai)' },
    ]);
  }
  assertCanDo(r.status, 'pay');
  const outstanding = outstandingOf(r);
  if (amount.greaterThan(outstanding)) {
    throw ruleViolation(
      'OVERPAYMENT',
      `The payment of ${amount.toString()} is more than the ${outstanding.toString()} outstanding`,
    );
  }
  const left = outstanding.minus(amount);
  return { paidAmount: r.paidAmount.plus(amount), outstanding: left, settles: left.isZero() };
}

/**
 * Whether a receivable can back a pledge financing: confirmed, not overdue, money outstanding
 * (api-contract.md § Pledge financing). Returns the reason when it cannot.
 */
export function notFinanceableBecause(r: ReceivableFigures, today: BusinessDate): string | null {
  if (r.status !== 'CONFIRMED') return `it is ${r.status}, not CONFIRMED`;
  if (!outstandingOf(r).isPositive()) return 'nothing is outstanding';
  if (r.dueDate < today) return `it has been overdue since ${r.dueDate}`;
  return null;
}

/** Refuses a receivable that cannot back a pledge (422 RECEIVABLE_NOT_FINANCEABLE). */
export function assertFinanceable(id: string, r: ReceivableFigures, today: BusinessDate): void {
  const reason = notFinanceableBecause(r, today);
  if (reason) throw ruleViolation('RECEIVABLE_NOT_FINANCEABLE', `Receivable ${id} cannot be financed: ${reason}`);
}

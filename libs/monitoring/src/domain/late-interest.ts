import { Money, daysBetween, parseDecimal, roundHalfUp, type BusinessDate, type Decimal } from '@gqt/kernel';

/**
 * Late-payment interest when none was agreed: 0.05 % of the overdue amount per day, simple
 * (SME Payment Regulation (2025) art. 17; art. 15 in the 2020 text).
 */
export const STATUTORY_DAILY_RATE = '0.0005';
const DAYS_PER_YEAR = 365n;

export interface Payment {
  amount: Money;
  paidOn: BusinessDate;
}

/** What late interest is computed from: a confirmed receivable and the payments made on it. */
export interface OverdueDebt {
  confirmedAmount: Money;
  dueDate: BusinessDate;
  payments: readonly Payment[];
  /** The agreed annual rate as a decimal string ("0.0435"), or null: the statutory rate applies. */
  lateInterestRate: string | null;
  /** The day the last payment settled it, if it is settled. */
  settledOn?: BusinessDate | null;
}

export const INTEREST_BASES = ['AGREED', 'STATUTORY'] as const;
export type InterestBasis = (typeof INTEREST_BASES)[number];

/** Days from the due date to `asOf` (api-contract.md § Monitoring); 0 when not yet past due. */
export function daysOverdue(dueDate: BusinessDate, asOf: BusinessDate): number {
  return Math.max(0, daysBetween(dueDate, asOf));
}

/** What was still owed at the end of `asOf`: payments made on or before that day count. */
export function outstandingOn(debt: OverdueDebt, asOf: BusinessDate): Money {
  if (debt.settledOn && debt.settledOn <= asOf) return Money.ZERO;
  const paid = Money.sum(debt.payments.filter((p) => p.paidOn <= asOf).map((p) => p.amount));
  return paid.greaterThan(debt.confirmedAmount) ? Money.ZERO : debt.confirmedAmount.minus(paid);
}

export function interestBasis(debt: Pick<OverdueDebt, 'lateInterestRate'>): InterestBasis {
  return debt.lateInterestRate === null ? 'STATUTORY' : 'AGREED';
}

/** The daily rate as an exact fraction: the statutory one, or an agreed annual rate / 365. */
function dailyRate(lateInterestRate: string | null): Decimal {
  if (lateInterestRate === null) return parseDecimal(STATUTORY_DAILY_RATE);
  // An agreed rate is annual (api-contract.md § Conventions: rates are yearly decimals); its
  // daily rate is a 365th of it, kept as an exact fraction rather than a rounded decimal.
  const annual = parseDecimal(lateInterestRate);
  return { numerator: annual.numerator, scale: annual.scale * DAYS_PER_YEAR };
}

/**
 * Late interest accrued up to and including `asOf` (api-contract.md § Monitoring): for each day
 * overdue, the daily rate times what was outstanding at the start of that day (a payment counts
 * from the day after its `paidOn`), summed exactly.
 *
 * Rounding rule: the sum over all days is kept as an exact fraction of a fen and rounded half up
 * to the fen once, at the end; no day's interest is rounded on its own.
 */
export function lateInterest(debt: OverdueDebt, asOf: BusinessDate): Money {
  // Nothing accrues after the day the debt was settled: from the next day it is all paid.
  const end = debt.settledOn && debt.settledOn < asOf ? debt.settledOn : asOf;
  const days = BigInt(daysOverdue(debt.dueDate, end));
  if (days === 0n) return Money.ZERO;
  // Σ over the overdue days d = due+1 … end of (confirmed − payments with paidOn < d), in
  // fen·days. A payment reduces the base of every overdue day after both its paidOn and the
  // due date: end − max(paidOn, due) days, never fewer than 0 nor more than all of them.
  let fenDays = debt.confirmedAmount.fen * days;
  for (const payment of debt.payments) {
    const reducedFrom = payment.paidOn > debt.dueDate ? payment.paidOn : debt.dueDate;
    const reducedDays = BigInt(Math.max(0, daysBetween(reducedFrom, end)));
    fenDays -= payment.amount.fen * reducedDays;
  }
  if (fenDays <= 0n) return Money.ZERO;
  const rate = dailyRate(debt.lateInterestRate);
  return Money.ofFen(roundHalfUp(fenDays * rate.numerator, rate.scale));
}

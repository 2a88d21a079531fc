import { Money } from '@gqt/kernel';

/**
 * What the receivables say about one core enterprise as a debtor, for the evaluated year: the
 * receivables it confirmed in the year, and its oldest overdue confirmed receivable on the day of
 * evaluation (year end, or today while the year runs).
 */
export interface DebtorFigures {
  /** Distinct suppliers (creditors, all SMEs) whose receivables it confirmed in the year. */
  smeSuppliers: number;
  confirmedCount: number;
  confirmedAmount: Money;
  /** Total time from registration to confirmation over those receivables, in milliseconds. */
  confirmationMillis: bigint;
  /** Days overdue of its most overdue confirmed receivable with money outstanding; 0 when none is overdue. */
  maxDaysOverdue: number;
}

export const NO_FIGURES: DebtorFigures = {
  smeSuppliers: 0,
  confirmedCount: 0,
  confirmedAmount: Money.ZERO,
  confirmationMillis: 0n,
  maxDaysOverdue: 0,
};

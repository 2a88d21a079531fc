import { Money, addDays, daysBetween, parseDecimal, ruleViolation, type BusinessDate } from '@gqt/kernel';

/**
 * A loan (requested, approved or paid out) is at most the bank's financing ratio times the
 * receivables' outstanding total (domain.md § Rules: 80 % unless the bank sets 50-90 %).
 * Compared exactly, not rounded.
 */
export function assertWithinFinancingRatio(loan: Money, outstandingTotal: Money, ratio: string): void {
  const limit = financingLimit(outstandingTotal, ratio);
  if (loan.greaterThan(limit)) {
    throw ruleViolation(
      'AMOUNT_EXCEEDS_LIMIT',
      `A loan of ${loan.toString()} exceeds ${ratio} of the outstanding ${outstandingTotal.toString()}: ` +
        `at most ${limit.toString()}`,
    );
  }
}

/** The most a bank lends against an outstanding total: ratio × total, to the fen below. */
export function financingLimit(outstandingTotal: Money, ratio: string): Money {
  const { numerator, scale } = parseDecimal(ratio);
  return Money.ofFen((outstandingTotal.fen * numerator) / scale);
}

/**
 * The loan's term must end by the earliest due date of the pledged receivables: each one must
 * still be collateral, unpaid by its debtor, for the whole term (its remaining tenor).
 */
export function assertTermWithinTenor(termDays: number, dueDates: BusinessDate[], today: BusinessDate): void {
  const remaining = Math.min(...dueDates.map((due) => daysBetween(today, due)));
  if (termDays > remaining) {
    throw ruleViolation(
      'TERM_EXCEEDS_TENOR',
      `A term of ${termDays} days ends after the earliest due date of the receivables (${remaining} days from today)`,
    );
  }
}

export function assertApprovedAmount(approved: Money, requested: Money): void {
  if (approved.greaterThan(requested)) {
    throw ruleViolation(
      'AMOUNT_EXCEEDS_REQUESTED',
      `The approved amount ${approved.toString()} exceeds the requested ${requested.toString()}`,
    );
  }
  if (!approved.isPositive()) throw ruleViolation('AMOUNT_NOT_POSITIVE', 'The approved amount must be above zero');
}

/** An annual rate as a decimal: above 0 and at most 1 (100 % a year). */
export function assertAnnualRate(rate: string): void {
  const { numerator, scale } = parseDecimal(rate);
  if (numerator <= 0n || numerator > scale) {
    throw ruleViolation('RATE_OUT_OF_RANGE', `The annual rate ${rate} must be above 0 and at most 1 (100 %)`);
  }
}

/** A business date of the loan (disbursement, repayment): not in the future, not before `earliest`. */
export function assertLoanDate(
  field: string,
  date: BusinessDate,
  earliest: BusinessDate,
  today: BusinessDate,
  what: string,
): void {
  if (date > today) throw ruleViolation('DATE_IN_FUTURE', `${field} ${date} is after today (${today})`);
  if (date < earliest) throw ruleViolation('DATE_TOO_EARLY', `${field} ${date} is before ${what} (${earliest})`);
}

export const maturityDate = (disbursedOn: BusinessDate, termDays: number): BusinessDate =>
  addDays(disbursedOn, termDays);

import type { PaymentTermFlag } from '@gqt/contracts';
import { daysBetween, ruleViolation, type BusinessDate } from '@gqt/kernel';

/** What the rules need to know about the buyer. */
export interface DebtorProfile {
  ownership: string | null;
  sizeClass: string;
}

export { PAYMENT_TERM_FLAGS, type PaymentTermFlag } from '@gqt/contracts';

// SME Payment Regulation (2025) art. 9: state organs and public institutions pay within 30 days
// of delivery, by contract at most 60; large enterprises within 60 days unless agreed otherwise.
const PUBLIC_BUYER_MAX_TERM_DAYS = 60;
const LARGE_BUYER_TERM_DAYS = 60;
// PBOC notice 银发〔2025〕77号: a receivable e-voucher's tenor is warned above 180 days and may
// not exceed one year.
const TENOR_WARNING_DAYS = 180;
const TENOR_MAX_DAYS = 365;

const PUBLIC_OWNERSHIPS = new Set(['STATE_ORGAN', 'PUBLIC_INSTITUTION']);

export const paymentTermDays = (deliveryDate: BusinessDate, dueDate: BusinessDate): number =>
  daysBetween(deliveryDate, dueDate);

/**
 * The terms of a receivable: its payment term from delivery, flags where the term exceeds what
 * the regulation allows for this buyer (flagged, not refused: a court decides), and its tenor
 * from the day it is registered on the platform, refused above one year.
 */
export function assessTerms(input: {
  deliveryDate: BusinessDate;
  dueDate: BusinessDate;
  registeredOn: BusinessDate;
  debtor: DebtorProfile;
}): { paymentTermDays: number; flags: PaymentTermFlag[] } {
  const term = paymentTermDays(input.deliveryDate, input.dueDate);
  const tenor = daysBetween(input.registeredOn, input.dueDate);
  if (tenor > TENOR_MAX_DAYS) {
    throw ruleViolation(
      'TENOR_TOO_LONG',
      `The receivable falls due ${tenor} days after registration; a receivable voucher may run at most ${TENOR_MAX_DAYS} days (银发〔2025〕77号)`,
    );
  }
  const flags: PaymentTermFlag[] = [];
  if (input.debtor.ownership !== null && PUBLIC_OWNERSHIPS.has(input.debtor.ownership)) {
    if (term > PUBLIC_BUYER_MAX_TERM_DAYS) flags.push('PUBLIC_BUYER_TERM_OVER_60_DAYS');
  } else if (input.debtor.sizeClass === 'LARGE' && term > LARGE_BUYER_TERM_DAYS) {
    flags.push('LARGE_BUYER_TERM_OVER_60_DAYS');
  }
  if (tenor > TENOR_WARNING_DAYS) flags.push('TENOR_OVER_180_DAYS');
  return { paymentTermDays: term, flags };
}

// api-contract.md § Receivables: PENDING_CONFIRMATION → CONFIRMED | DISPUTED | CANCELLED;
// CONFIRMED → SETTLED when nothing is outstanding. Overdue is not a status. § Transfer and split:
// CONFIRMED → TRANSFERRED when its holder has passed on all it held.
export const RECEIVABLE_STATUSES = [
  'PENDING_CONFIRMATION',
  'CONFIRMED',
  'DISPUTED',
  'CANCELLED',
  'SETTLED',
  'TRANSFERRED',
] as const;
export type ReceivableStatus = (typeof RECEIVABLE_STATUSES)[number];

// Payment-term and tenor flags, stored on the receivable and shown with it.
export const PAYMENT_TERM_FLAGS = [
  'PUBLIC_BUYER_TERM_OVER_60_DAYS',
  'LARGE_BUYER_TERM_OVER_60_DAYS',
  'TENOR_OVER_180_DAYS',
] as const;
export type PaymentTermFlag = (typeof PAYMENT_TERM_FLAGS)[number];

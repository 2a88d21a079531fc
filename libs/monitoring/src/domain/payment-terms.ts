/**
 * Payment terms longer than this are flagged: a large-enterprise buyer pays within 60 days of
 * delivery unless the contract agrees otherwise, and a state organ or public institution may
 * agree at most 60 (SME Payment Regulation (2025) art. 9).
 */
export const LONG_PAYMENT_TERM_DAYS = 60;

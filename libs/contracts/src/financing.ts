// api-contract.md § Pledge financing: SUBMITTED → APPROVED | REJECTED | WITHDRAWN;
// APPROVED → DISBURSED | WITHDRAWN; DISBURSED → REPAID. A request before several banks (§ Matching):
// OPEN → APPROVED (an offer accepted) | WITHDRAWN | EXPIRED.
export const FINANCING_STATUSES = [
  'OPEN',
  'SUBMITTED',
  'APPROVED',
  'REJECTED',
  'WITHDRAWN',
  'DISBURSED',
  'REPAID',
  'EXPIRED',
] as const;
export type FinancingStatus = (typeof FINANCING_STATUSES)[number];

// api-contract.md § Pledge financing: SUBMITTED → APPROVED | REJECTED | WITHDRAWN;
// APPROVED → DISBURSED | WITHDRAWN; DISBURSED → REPAID.
export const FINANCING_STATUSES = ['SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'DISBURSED', 'REPAID'] as const;
export type FinancingStatus = (typeof FINANCING_STATUSES)[number];

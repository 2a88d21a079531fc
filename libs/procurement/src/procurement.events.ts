// The procurement context's published language: event names and payloads as other contexts
// (financing, webhooks, read models) consume them. Money is a string with two decimals, dates
// YYYY-MM-DD.
export const PROCUREMENT_EVENTS = {
  policyUpdated: 'procurement_policy.updated',
  policyLocked: 'procurement_policy.locked',
  projectDeclared: 'procurement_project.declared',
  awardSigned: 'procurement_award.signed',
  awardAccepted: 'procurement_award.accepted',
  awardHeld: 'procurement_award.financing_requested',
  awardPledged: 'procurement_award.pledged',
  awardReleased: 'procurement_award.financing_released',
} as const;

export interface ProcurementPolicyChangedPayload {
  policyId: string;
  year: number;
}

export interface ProjectDeclaredPayload {
  projectId: string;
  year: number;
  unitId: string;
  budgetAmount: string;
  reservedAmount: string;
  smallMicroReservedAmount: string;
}

export interface AwardPayload {
  awardId: string;
  projectId: string;
  unitId: string;
  supplierId: string;
  contractNo: string;
  amount: string;
  /** The live contract financing request holding the award, if any. */
  financingRequestId: string | null;
}

export interface AwardAcceptedPayload extends AwardPayload {
  acceptanceId: string;
  receivableId: string;
  acceptedAmount: string;
  acceptedOn: string;
  dueDate: string;
}

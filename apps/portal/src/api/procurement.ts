// Government procurement (api-contract.md § Government procurement for SMEs) and the split and
// transfer of confirmed receivables (§ Transfer and split), as the portal reads them: every type is
// generated from docs/openapi.json. The value lists below are checked against the generated enums,
// so a value added or dropped by the API fails the type-check here.
import type { components } from './openapi';

type Schemas = components['schemas'];

export type ProjectCategory = Schemas['ProjectCategory'];
export type Reservation = Schemas['Reservation'];
export type ProjectFlag = Schemas['ProjectFlag'];
export type ComplianceLevel = Schemas['ComplianceLevel'];
export type ComplianceGrouping = Schemas['ComplianceGrouping'];

export const PROJECT_CATEGORIES = ['GOODS', 'SERVICES', 'WORKS'] as const satisfies readonly ProjectCategory[];
export const RESERVATIONS = [
  'WHOLE',
  'PACKAGE',
  'CONSORTIUM',
  'SUBCONTRACT',
  'NONE',
] as const satisfies readonly Reservation[];
export const PROJECT_FLAGS = ['SMALL_PROJECT_NOT_RESERVED'] as const satisfies readonly ProjectFlag[];
export const COMPLIANCE_GROUPINGS = ['unit', 'city', 'region'] as const satisfies readonly ComplianceGrouping[];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Agree<T extends true[]> = T;
export type ProcurementEnumsAgree = Agree<
  [
    Same<(typeof PROJECT_CATEGORIES)[number], ProjectCategory>,
    Same<(typeof RESERVATIONS)[number], Reservation>,
    Same<(typeof PROJECT_FLAGS)[number], ProjectFlag>,
    Same<(typeof COMPLIANCE_GROUPINGS)[number], ComplianceGrouping>,
  ]
>;

export type ProcurementPolicy = Schemas['ProcurementPolicyResponse'];
export type ProcurementProject = Schemas['ProcurementProjectResponse'];
export type ProcurementProjectDetail = Schemas['ProcurementProjectDetailResponse'];
export type ProcurementAward = Schemas['ProcurementAwardResponse'];
export type Acceptance = Schemas['AcceptanceResponse'];
export type ComplianceRow = Schemas['ComplianceRowResponse'];
export type ComplianceReport = Schemas['ComplianceReportResponse'];
export type PublicComplianceRow = Schemas['PublicComplianceRowResponse'];
export type PublicComplianceReport = Schemas['PublicComplianceReportResponse'];
export type RepaymentAccount = Schemas['RepaymentAccountResponse'];

export type DeclareProjectBody = Schemas['DeclareProjectDto'];
export type AwardContractBody = Schemas['AwardContractDto'];
export type AcceptDeliveryBody = Schemas['AcceptDeliveryDto'];

export type Transfer = Schemas['TransferResponse'];
export type TransferResult = Schemas['TransferResultResponse'];
export type TransferBody = Schemas['TransferReceivableDto'];
export type TreePiece = Schemas['TreePieceResponse'];
export type ReceivableTree = Schemas['ReceivableTreeResponse'];
export type TransferPolicy = Schemas['TransferPolicyResponse'];

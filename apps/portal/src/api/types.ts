// The API's resources as the portal reads them (api-contract.md). Money is a string of yuan with
// two decimals, business dates are YYYY-MM-DD (Shanghai calendar), timestamps ISO 8601 UTC.

export type Role = 'ADMIN' | 'REGULATOR' | 'CORE_ENTERPRISE' | 'SME' | 'BANK';
export type EnterpriseKind = 'CORE' | 'SME' | 'BANK' | 'BUYER';
export type SizeClass = 'LARGE' | 'MEDIUM' | 'SMALL' | 'MICRO';
export type ClientScope = 'receivables:read' | 'financing:read' | 'financing:write' | 'webhooks:manage';

export const REGION_CODE = '450000';
export const ENTERPRISE_KINDS: EnterpriseKind[] = ['CORE', 'SME', 'BANK', 'BUYER'];
export const ROLES: Role[] = ['ADMIN', 'REGULATOR', 'CORE_ENTERPRISE', 'SME', 'BANK'];
export const CLIENT_SCOPES: ClientScope[] = [
  'receivables:read',
  'financing:read',
  'financing:write',
  'webhooks:manage',
];
export const INDUSTRIES = [
  'AGRICULTURE',
  'INDUSTRY',
  'CONSTRUCTION',
  'WHOLESALE',
  'RETAIL',
  'TRANSPORT',
  'WAREHOUSING',
  'POSTAL',
  'HOSPITALITY',
  'INFORMATION_TRANSMISSION',
  'SOFTWARE_IT',
  'REAL_ESTATE',
  'PROPERTY_MANAGEMENT',
  'LEASING_BUSINESS_SERVICES',
  'OTHER',
] as const;
export type Industry = (typeof INDUSTRIES)[number];
export const OWNERSHIPS = ['STATE_ORGAN', 'PUBLIC_INSTITUTION', 'STATE_OWNED', 'PRIVATE', 'FOREIGN'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface City {
  code: string;
  name: string;
  nameEn: string;
}

export interface EnterpriseSummary {
  id: string;
  name: string;
  uscc: string;
  kind: EnterpriseKind;
  cityCode: string;
}

export interface Enterprise extends EnterpriseSummary {
  industry: Industry;
  employees: number;
  annualRevenue: string;
  totalAssets: string | null;
  ownership: Ownership | null;
  sizeClass: SizeClass;
  financingRatio: string | null;
  createdAt: string;
}

export interface Me {
  type: 'user' | 'client';
  id: string;
  username?: string;
  name: string;
  role: Role;
  enterpriseId: string | null;
  enterprise: EnterpriseSummary | null;
  jurisdiction: string | null;
}

export interface User {
  id: string;
  username: string;
  role: Role;
  enterpriseId: string | null;
  /** In lists: the name of the user's enterprise. */
  enterpriseName?: string | null;
  jurisdiction: string | null;
  createdAt: string;
}

export interface ApiClient {
  id: string;
  clientId: string;
  name: string;
  enterpriseId: string;
  scopes: ClientScope[];
  createdAt: string;
  revokedAt: string | null;
}

export interface IssuedApiClient extends ApiClient {
  clientSecret: string;
}

export type ReceivableStatus = 'PENDING_CONFIRMATION' | 'CONFIRMED' | 'DISPUTED' | 'CANCELLED' | 'SETTLED';
export const RECEIVABLE_STATUSES: ReceivableStatus[] = [
  'PENDING_CONFIRMATION',
  'CONFIRMED',
  'DISPUTED',
  'CANCELLED',
  'SETTLED',
];

export interface Invoice {
  number: string;
  amount: string;
  issueDate: string;
}

export interface PledgeNotice {
  financingRequestId: string;
  bankId: string;
  bankName: string;
  registrationNo: string;
  disbursedOn: string;
  paymentToPledgee: boolean;
}

export type PaymentTermFlag =
  'PUBLIC_BUYER_TERM_OVER_60_DAYS' | 'LARGE_BUYER_TERM_OVER_60_DAYS' | 'TENOR_OVER_180_DAYS';

export interface Receivable {
  id: string;
  status: ReceivableStatus;
  creditor: EnterpriseSummary;
  debtor: EnterpriseSummary;
  amount: string;
  confirmedAmount: string | null;
  disputedAmount?: string;
  outstandingAmount: string;
  paidAmount?: string;
  contractNo: string;
  invoices: Invoice[];
  deliveryDate: string;
  dueDate: string;
  expectedPaymentDate?: string | null;
  paymentTermDays?: number;
  paymentTermFlags?: PaymentTermFlag[];
  lateInterestRate?: string | null;
  description?: string | null;
  confirmedAt: string | null;
  disputeReason?: string | null;
  settledOn?: string | null;
  daysOverdue: number;
  financingRequestId: string | null;
  pledge?: PledgeNotice | null;
  createdAt?: string;
}

/** One step of a receivable's timeline (GET /receivables/{id}/events), oldest first. */
export interface TimelineEntry {
  action: string;
  occurredAt: string;
  actor: { type: string; name: string } | null;
  status: string | null;
  details: Record<string, unknown> | null;
}

/** One entry of POST /receivables/confirmations, in the order asked. */
export interface ConfirmationResult {
  id: string;
  ok: boolean;
  status?: number;
  code?: string;
  detail?: string;
  receivable?: Receivable;
}

export interface BatchConfirmation {
  results: ConfirmationResult[];
  confirmed: number;
  refused: number;
}

export interface Payment {
  id: string;
  amount: string;
  paidOn: string;
  reference: string;
}

export type JobStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

export interface Job {
  id: string;
  kind: string;
  status: JobStatus;
  total: number;
  succeeded: number;
  failed: number;
  errors: { row: number; code: string; message: string }[];
  result: unknown;
}

export type FinancingStatus = 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN' | 'DISBURSED' | 'REPAID';
export const FINANCING_STATUSES: FinancingStatus[] = [
  'SUBMITTED',
  'APPROVED',
  'REJECTED',
  'WITHDRAWN',
  'DISBURSED',
  'REPAID',
];

export interface FinancingParty {
  id: string;
  name: string;
  uscc: string;
  cityCode: string;
}

export interface FinancingRequest {
  id: string;
  status: FinancingStatus;
  smeId: string;
  bankId: string;
  sme: FinancingParty;
  bank: FinancingParty;
  receivableIds: string[];
  receivables?: { id: string; debtorId: string; outstandingAmount: string; dueDate: string }[];
  requestedAmount: string;
  termDays: number;
  outstandingTotal?: string;
  financingRatio?: string;
  approvedAmount: string | null;
  annualRate: string | null;
  approvedTermDays: number | null;
  rejectionReason: string | null;
  loanReference: string | null;
  disbursedOn: string | null;
  pledgeRegistrationNo: string | null;
  maturityDate?: string | null;
  repaidOn: string | null;
  createdAt: string;
}

export interface WebhookSubscription {
  id: string;
  url: string;
  events: string[];
  createdAt: string;
  secretRotatedAt?: string | null;
  secret?: string;
}

export interface WebhookDelivery {
  id: string;
  eventId: string;
  eventType: string;
  attempt: number;
  status: number | null;
  error?: string | null;
  durationMs: number;
  attemptedAt: string;
  nextAttemptAt?: string | null;
}

export const WEBHOOK_EVENTS = [
  'financing_request.submitted',
  'financing_request.approved',
  'financing_request.rejected',
  'financing_request.withdrawn',
  'financing_request.disbursed',
  'financing_request.repaid',
  'receivable.confirmed',
  'receivable.disputed',
  'receivable.cancelled',
  'receivable.payment_recorded',
  'receivable.settled',
  'receivable.overdue',
];

export type OnboardingStatus = 'SUBMITTED' | 'NOMINATED' | 'APPROVED' | 'REJECTED' | 'CONNECTED' | 'WITHDRAWN';
export const ONBOARDING_STATUSES: OnboardingStatus[] = ['SUBMITTED', 'NOMINATED', 'APPROVED', 'REJECTED', 'CONNECTED'];

export interface OnboardingApplication {
  id: string;
  status: OnboardingStatus;
  year: number;
  enterpriseId: string;
  enterprise: { id: string; name: string; uscc: string };
  cityCode: string;
  contactName: string;
  contactPhone: string;
  note: string | null;
  rejectionReason: string | null;
  platformAccountId: string | null;
  connectedOn: string | null;
  createdAt: string;
}

export interface OnboardingQuota {
  cityCode: string;
  cityName?: string;
  cityNameEn?: string;
  year?: number;
  quota: number;
  used: number;
  remaining: number;
}

export const CRITERION_KEYS = [
  'CONNECTED_BY_YEAR_END',
  'SME_SUPPLIERS',
  'CONFIRMED_AMOUNT',
  'AVERAGE_CONFIRMATION_DAYS',
  'MAX_DAYS_OVERDUE_AT_YEAR_END',
] as const;
export type CriterionKey = (typeof CRITERION_KEYS)[number];
export type CriterionUnit = 'DATE' | 'COUNT' | 'YUAN' | 'DAYS';

export interface CriterionSetting {
  key: CriterionKey;
  unit?: CriterionUnit;
  threshold: string;
  description?: string;
}

export interface RewardRule {
  type: 'FIXED' | 'TIERED';
  amount?: string;
  tiers?: { minConfirmed: string; amount: string }[];
  cap?: string;
}

export interface RewardPolicy {
  id: string | null;
  year: number;
  version: number;
  criteria: CriterionSetting[];
  reward: RewardRule;
  locked?: boolean;
  isDefault?: boolean;
  updatedAt?: string | null;
  updatedByName?: string | null;
}

export interface RewardCriterion {
  key: CriterionKey | string;
  unit?: CriterionUnit;
  actual: string | null;
  threshold: string;
  passed: boolean;
  shortfall?: string | null;
  explanation?: string;
}

export interface RewardResult {
  enterpriseId: string;
  enterpriseName: string;
  uscc?: string;
  cityCode?: string;
  connectedOn?: string;
  eligible: boolean;
  rewardAmount: string;
  rewardExplanation?: string;
  criteria: RewardCriterion[];
  missing?: string[];
}

export type EvaluationStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

export interface RewardEvaluationSummary {
  id: string;
  status: EvaluationStatus;
  year: number;
  policyVersion: number;
  asOf: string | null;
  enterpriseCount: number | null;
  eligibleCount: number | null;
  totalReward: string | null;
  requestedBy: string;
  createdAt: string;
  finishedAt: string | null;
  failure: string | null;
}

export interface RewardEvaluation extends RewardEvaluationSummary {
  policy: RewardPolicy;
  results: RewardResult[];
}

export interface MyRewardResult extends RewardResult {
  evaluationId: string;
  year: number;
  asOf: string | null;
  policy: RewardPolicy;
}

export interface AgingBuckets<T> {
  notDue: T;
  d1_30: T;
  d31_60: T;
  d61_90: T;
  d90plus: T;
}

export interface AgingFigures {
  counts: AgingBuckets<number>;
  amounts: AgingBuckets<string>;
  totalCount: number;
  totalAmount: string;
}

export interface AgingRow extends AgingFigures {
  key: string;
  label: string;
}

export interface AgingReport extends Page<AgingRow> {
  groupBy: 'city' | 'debtor' | 'industry';
  asOf: string;
  source: 'LIVE' | 'SNAPSHOT' | 'COMPUTED';
}

export interface TrendPoint extends AgingFigures {
  date: string;
}

export interface Trend {
  scopeCode: string;
  from: string;
  to: string;
  items: TrendPoint[];
}

export interface OverdueItem {
  receivableId: string;
  contractNo: string;
  creditor: { id: string; name: string; cityCode: string };
  debtor: { id: string; name: string; cityCode: string; industry: string };
  confirmedAmount: string;
  outstandingAmount: string;
  dueDate: string;
  daysOverdue: number;
  lateInterest: string;
  lateInterestRate: string | null;
  interestBasis: string;
  asOf: string;
}

export interface Scorecard {
  debtor: { id: string; name: string; cityCode: string; industry: string };
  asOf: string;
  outstandingCount: number;
  outstandingAmount: string;
  overdueCount: number;
  overdueAmount: string;
  confirmedCount: number;
  averageDaysToConfirm: number | null;
  settledCount: number;
  averageDaysToPay: number | null;
  onTimePaymentRate: string | null;
  lateInterest: string;
}

export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  entityType: string | null;
  entityId: string | null;
  createdAt: string;
  readAt: string | null;
}

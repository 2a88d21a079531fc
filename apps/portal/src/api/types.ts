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

export interface Receivable {
  id: string;
  status: ReceivableStatus;
  creditor: EnterpriseSummary;
  debtor: EnterpriseSummary;
  amount: string;
  confirmedAmount: string | null;
  outstandingAmount: string | null;
  contractNo: string;
  invoices: Invoice[];
  deliveryDate: string;
  dueDate: string;
  description?: string | null;
  confirmedAt: string | null;
  daysOverdue: number;
  financingRequestId: string | null;
  pledge?: PledgeNotice | null;
  disputeReason?: string | null;
  lateInterestRate?: string | null;
  createdAt?: string;
}

/** One entry of a receivable's timeline (GET /receivables/{id}/events). */
export interface TimelineEntry {
  id?: string;
  type?: string;
  kind?: string;
  action?: string;
  at?: string;
  occurredAt?: string;
  createdAt?: string;
  actor?: string | { name?: string } | null;
  actorName?: string | null;
  data?: Record<string, unknown> | null;
  details?: Record<string, unknown> | null;
}

export interface ConfirmationResult {
  id: string;
  ok?: boolean;
  status?: string;
  receivable?: Receivable;
  error?: { code: string; detail?: string; status?: number } | null;
  code?: string;
  detail?: string;
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

export interface FinancingRequest {
  id: string;
  status: FinancingStatus;
  receivableIds: string[];
  bankId: string;
  bank?: EnterpriseSummary | null;
  sme?: EnterpriseSummary | null;
  creditor?: EnterpriseSummary | null;
  smeId?: string;
  requestedAmount: string;
  termDays: number;
  approvedAmount?: string | null;
  annualRate?: string | null;
  approvedTermDays?: number | null;
  rejectionReason?: string | null;
  reason?: string | null;
  loanReference?: string | null;
  disbursedOn?: string | null;
  pledgeRegistrationNo?: string | null;
  repaidOn?: string | null;
  createdAt: string;
}

export interface WebhookSubscription {
  id: string;
  url: string;
  events: string[];
  createdAt?: string;
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
  'financing_request.withdrawn',
  'receivable.confirmed',
  'receivable.payment_recorded',
  'receivable.overdue',
];

export type OnboardingStatus = 'SUBMITTED' | 'NOMINATED' | 'APPROVED' | 'REJECTED' | 'CONNECTED' | 'WITHDRAWN';
export const ONBOARDING_STATUSES: OnboardingStatus[] = ['SUBMITTED', 'NOMINATED', 'APPROVED', 'REJECTED', 'CONNECTED'];

export interface OnboardingApplication {
  id: string;
  status: OnboardingStatus;
  year: number;
  enterpriseId: string;
  enterprise?: EnterpriseSummary | null;
  cityCode?: string;
  contactName: string;
  contactPhone: string;
  note?: string | null;
  rejectionReason?: string | null;
  platformAccountId?: string | null;
  connectedOn?: string | null;
  createdAt: string;
}

export interface OnboardingQuota {
  cityCode: string;
  quota: number;
  used: number;
  remaining: number;
}

export interface RewardCriterion {
  key: string;
  actual: string | number | boolean | null;
  threshold: string | number | boolean | null;
  passed: boolean;
}

export interface RewardResult {
  enterpriseId: string;
  enterprise?: EnterpriseSummary | null;
  enterpriseName?: string;
  eligible: boolean;
  rewardAmount: string;
  criteria: RewardCriterion[];
}

export interface RewardEvaluation {
  id: string;
  status: JobStatus | string;
  year: number;
  policy: RewardPolicy;
  results: RewardResult[];
  createdAt?: string;
}

export type RewardPolicy = Record<string, unknown> & { year?: number };

export interface AgingBuckets {
  notDue: number | string;
  d1_30: number | string;
  d31_60: number | string;
  d61_90: number | string;
  d90plus: number | string;
}

export interface AgingRow {
  key: string;
  label: string;
  counts: AgingBuckets;
  amounts: AgingBuckets;
  totalCount: number;
  totalAmount: string;
}

export interface TrendPoint {
  date?: string;
  asOf?: string;
  overdueAmount?: string;
  overdueCount?: number;
  totalAmount?: string;
  amounts?: AgingBuckets;
  counts?: AgingBuckets;
  cityCode?: string | null;
}

export interface OverdueItem {
  id?: string;
  receivableId?: string;
  contractNo?: string;
  creditor?: EnterpriseSummary | null;
  debtor?: EnterpriseSummary | null;
  creditorName?: string;
  debtorName?: string;
  debtorId?: string;
  cityCode?: string;
  debtorCityCode?: string;
  dueDate: string;
  outstandingAmount: string;
  daysOverdue: number;
  lateInterest: string;
}

export interface Scorecard {
  debtorId?: string;
  enterpriseId?: string;
  name?: string;
  outstanding?: string;
  outstandingAmount?: string;
  overdue?: string;
  overdueAmount?: string;
  averageDaysToConfirm?: number | string | null;
  averageDaysToPay?: number | string | null;
  onTimeRate?: number | string | null;
  lateInterest?: string;
  [key: string]: unknown;
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

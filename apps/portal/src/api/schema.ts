// The API's resources as the portal reads them: the types are generated from docs/openapi.json
// (`npm run client`, part of typecheck and build), so a change of the API that the portal does not
// follow fails `npm run typecheck`. Enums and labels come from @gqt/contracts, as the API's do.
import type { components } from './openapi';

import {
  APPLICATION_STATUSES,
  type ApplicationStatus as OnboardingStatus,
  type ClientScope,
  type CriterionKey,
  type CriterionUnit,
  type EnterpriseKind,
  type EvaluationStatus,
  type FinancingStatus,
  type Industry,
  type JobStatus,
  type Ownership,
  type PaymentTermFlag,
  type ReceivableStatus,
  type Role,
  type SizeClass,
  type WebhookEventType,
} from '@gqt/contracts';

export {
  CLIENT_SCOPES,
  CRITERION_KEYS,
  ENTERPRISE_KINDS,
  FINANCING_STATUSES,
  INDUSTRIES,
  OWNERSHIPS,
  RECEIVABLE_STATUSES,
  REGION_CODE,
  ROLES,
  SIZE_CLASSES,
  WEBHOOK_EVENT_TYPES,
} from '@gqt/contracts';
export type {
  ClientScope,
  CriterionKey,
  CriterionUnit,
  EnterpriseKind,
  EvaluationStatus,
  FinancingStatus,
  Industry,
  JobStatus,
  OnboardingStatus,
  Ownership,
  PaymentTermFlag,
  ReceivableStatus,
  Role,
  SizeClass,
};

/** The statuses a regulator filters applications by (a withdrawn one needs no review). */
export const ONBOARDING_STATUSES = APPLICATION_STATUSES.filter((status) => status !== 'WITHDRAWN');

type Schemas = components['schemas'];

// The API's named enums are @gqt/contracts' lists: a value added or dropped on one side only fails
// the type-check here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Agree<T extends true[]> = T;
export type EnumsAgree = Agree<
  [
    Same<Schemas['Role'], Role>,
    Same<Schemas['ClientScope'], ClientScope>,
    Same<Schemas['EnterpriseKind'], EnterpriseKind>,
    Same<Schemas['Industry'], Industry>,
    Same<Schemas['Ownership'], Ownership>,
    Same<Schemas['SizeClass'], SizeClass>,
    Same<Schemas['ReceivableStatus'], ReceivableStatus>,
    Same<Schemas['PaymentTermFlag'], PaymentTermFlag>,
    Same<Schemas['FinancingStatus'], FinancingStatus>,
    Same<Schemas['ApplicationStatus'], OnboardingStatus>,
    Same<Schemas['WebhookEventType'], WebhookEventType>,
    Same<Schemas['CriterionKey'], CriterionKey>,
    Same<Schemas['CriterionUnit'], CriterionUnit>,
    Same<Schemas['EvaluationStatus'], EvaluationStatus>,
    Same<Schemas['JobStatus'], JobStatus>,
  ]
>;

/** Every list: `{items, nextCursor}` (api-contract.md § Conventions). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type City = Schemas['CityResponse'];
export type EnterpriseSummary = Schemas['EnterpriseSummary'];
export type Enterprise = Schemas['EnterpriseResponse'];
export type Me = Schemas['MeResponse'];
export type User = Schemas['UserResponse'];
export type ApiClient = Schemas['ApiClientResponse'];
export type IssuedApiClient = Schemas['IssuedApiClientResponse'];
export type Invoice = Schemas['InvoiceResponse'];
export type PledgeNotice = Schemas['PledgeResponse'];
export type Receivable = Schemas['ReceivableResponse'];
export type TimelineEntry = Schemas['TimelineEntry'];
export type ConfirmationResult = Schemas['BatchConfirmationItem'];
export type BatchConfirmation = Schemas['BatchConfirmationResponse'];
export type Payment = Schemas['PaymentResponse'];
export type Job = Schemas['JobResponse'];
export type FinancingParty = Schemas['FinancingPartyResponse'];
export type FinancingRequest = Schemas['FinancingRequestResponse'];
export type FinancingOffer = Schemas['FinancingOfferResponse'];
export type FinancingProduct = Schemas['FinancingProductResponse'];
export type KeyListEntry = Schemas['KeyListEntryResponse'];
export type MatchingStatistics = Schemas['MatchingStatisticsResponse'];
export type WebhookSubscription = Schemas['WebhookSubscriptionResponse'];
export type WebhookSecret = Schemas['WebhookSecretResponse'];
export type WebhookDelivery = Schemas['WebhookAttemptResponse'];
export type OnboardingApplication = Schemas['OnboardingApplicationResponse'];
export type OnboardingQuota = Schemas['OnboardingQuotaResponse'];
export type CriterionSetting = Schemas['CriterionSettingResponse'];
export type RewardRule = Schemas['RewardRuleResponse'];
export type RewardPolicy = Schemas['RewardPolicyResponse'];
export type RewardCriterion = Schemas['CriterionOutcomeResponse'];
export type RewardResult = Schemas['RewardResultResponse'];
export type RewardEvaluationSummary = Schemas['RewardEvaluationSummaryResponse'];
export type RewardEvaluation = Schemas['RewardEvaluationResponse'];
export type MyRewardResult = Schemas['MyRewardResultResponse'];
export type AgingCounts = Schemas['AgingCounts'];
export type AgingAmounts = Schemas['AgingAmounts'];
export type AgingRow = Schemas['AgingItemResponse'];
export type AgingReport = Schemas['AgingReportResponse'];
export type TrendPoint = Schemas['DailyFiguresResponse'];
export type Trend = Schemas['TrendResponse'];
export type OverdueItem = Schemas['OverdueItemResponse'];
export type Scorecard = Schemas['ScorecardResponse'];
export type Notification = Schemas['NotificationResponse'];

import type { PublishedEvent } from '@gqt/platform';
import type { ApplicationStatus } from './domain/onboarding-application';

/** Outbox events of the onboarding context (aggregateType 'onboarding_application'). */
export const ONBOARDING_EVENTS = {
  submitted: 'onboarding_application.submitted',
  nominated: 'onboarding_application.nominated',
  approved: 'onboarding_application.approved',
  rejected: 'onboarding_application.rejected',
  withdrawn: 'onboarding_application.withdrawn',
  connected: 'onboarding_application.connected',
} as const;

export type OnboardingStep = keyof typeof ONBOARDING_EVENTS;
export type OnboardingEventType = (typeof ONBOARDING_EVENTS)[OnboardingStep];

export interface OnboardingEventPayload {
  applicationId: string;
  enterpriseId: string;
  enterpriseName: string;
  cityCode: string;
  year: number;
  status: ApplicationStatus;
  /** rejected only */
  reason?: string;
  /** connected only */
  platformAccountId?: string;
  /** connected only */
  connectedOn?: string;
}

export type OnboardingEvent = PublishedEvent<OnboardingEventType, OnboardingEventPayload>;

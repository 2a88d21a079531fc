import type { PublishedEvent } from '@gqt/platform';

/** Outbox events of the rewards context (aggregateType 'reward_policy' or 'reward_evaluation'). */
export const REWARD_EVENTS = {
  policyCreated: 'reward_policy.created',
  policyUpdated: 'reward_policy.updated',
  /** Used by an evaluation: its terms can no longer change. */
  policyLocked: 'reward_policy.locked',
  evaluationRequested: 'reward_evaluation.requested',
  evaluationCompleted: 'reward_evaluation.completed',
  evaluationFailed: 'reward_evaluation.failed',
} as const;

export interface RewardPolicyChangedPayload {
  policyId: string;
  year: number;
  version: number;
}

export interface EvaluationRequestedPayload {
  evaluationId: string;
  year: number;
  policyVersion: number;
}

export interface EvaluationCompletedPayload extends EvaluationRequestedPayload {
  asOf: string;
  results: {
    enterpriseId: string;
    enterpriseName: string;
    eligible: boolean;
    rewardAmount: string;
    missing: string[];
    /** The keys of the criteria not met (what `missing` explains). */
    missingKeys?: string[];
  }[];
}

export type EvaluationRequested = PublishedEvent<typeof REWARD_EVENTS.evaluationRequested, EvaluationRequestedPayload>;
export type EvaluationCompleted = PublishedEvent<typeof REWARD_EVENTS.evaluationCompleted, EvaluationCompletedPayload>;

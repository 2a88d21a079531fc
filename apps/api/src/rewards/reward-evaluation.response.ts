import type {
  CriterionKey,
  CriterionOutcome,
  CriterionUnit,
  EvaluationReport,
  EvaluationStatus,
  RewardEvaluationEntity,
  RewardResultEntity,
} from '@gqt/rewards';
import { RewardPolicyTermsResponse } from './reward-policy.response';

export class StartedEvaluationResponse {
  id!: string;

  /** @example "QUEUED" */
  status!: EvaluationStatus;

  /** @example 2026 */
  year!: number;

  /** The policy version the evaluation uses; it is locked from now on. @example 1 */
  policyVersion!: number;
}

export class CriterionOutcomeResponse implements CriterionOutcome {
  /** @example "SME_SUPPLIERS" */
  key!: CriterionKey;

  /** @example "COUNT" */
  unit!: CriterionUnit;

  /** The enterprise's value in the unit's text form; null when there was nothing to measure. @example "7" */
  actual!: string | null;

  /** @example "10" */
  threshold!: string;

  /** @example false */
  passed!: boolean;

  /** How far a failed criterion is from its threshold, in its unit; null when passed. @example "3" */
  shortfall!: string | null;

  /** @example "3 more SME suppliers with receivables confirmed in 2026 (7 of 10)" */
  explanation!: string;

  static of(c: CriterionOutcome): CriterionOutcomeResponse {
    return {
      key: c.key,
      unit: c.unit,
      actual: c.actual,
      threshold: c.threshold,
      passed: c.passed,
      shortfall: c.shortfall,
      explanation: c.explanation,
    };
  }
}

export class RewardResultResponse {
  enterpriseId!: string;

  /** @example "柳州示范汽车工业集团有限公司" */
  enterpriseName!: string;

  /** @example "91450200MA5KD00018" */
  uscc!: string;

  /** @example "450200" */
  cityCode!: string;

  applicationId!: string;

  /** @example "ZZ-4502-000118" */
  platformAccountId!: string;

  /** @example "2026-03-15" */
  connectedOn!: string;

  /** Every criterion passed. */
  eligible!: boolean;

  /** @example "500000.00" */
  rewardAmount!: string;

  /** @example "Fixed reward" */
  rewardExplanation!: string;

  criteria!: CriterionOutcomeResponse[];

  /** What the enterprise still lacks: one line per failed criterion. @example ["3 more SME suppliers with receivables confirmed in 2026 (7 of 10)"] */
  missing!: string[];

  static of(r: RewardResultEntity): RewardResultResponse {
    return {
      enterpriseId: r.enterpriseId,
      enterpriseName: r.enterpriseName,
      uscc: r.enterpriseUscc,
      cityCode: r.cityCode,
      applicationId: r.applicationId,
      platformAccountId: r.platformAccountId,
      connectedOn: r.connectedOn,
      eligible: r.eligible,
      rewardAmount: r.rewardAmount,
      rewardExplanation: r.rewardExplanation,
      criteria: r.criteria.map(CriterionOutcomeResponse.of),
      missing: r.missing,
    };
  }
}

export class RewardEvaluationSummaryResponse {
  id!: string;

  /** QUEUED until it has run; then DONE (results stored for good) or FAILED. @example "DONE" */
  status!: EvaluationStatus;

  /** @example 2026 */
  year!: number;

  /** @example 1 */
  policyVersion!: number;

  /** The day the year was judged on: year end, or the day of the run while the year was running. @example "2026-11-30" */
  asOf!: string | null;

  /** Connected core enterprises evaluated. @example 2 */
  enterpriseCount!: number | null;

  /** @example 1 */
  eligibleCount!: number | null;

  /** @example "500000.00" */
  totalReward!: string | null;

  /** @example "广西壮族自治区工业和信息化厅" */
  requestedBy!: string;

  createdAt!: Date;

  finishedAt!: Date | null;

  /** Why a FAILED evaluation failed. */
  failure!: string | null;

  static of(e: RewardEvaluationEntity): RewardEvaluationSummaryResponse {
    return {
      id: e.id,
      status: e.status,
      year: e.year,
      policyVersion: e.policyVersion,
      asOf: e.asOf,
      enterpriseCount: e.enterpriseCount,
      eligibleCount: e.eligibleCount,
      totalReward: e.totalReward,
      requestedBy: e.requestedByName,
      createdAt: e.createdAt,
      finishedAt: e.finishedAt,
      failure: e.failure,
    };
  }
}

export class RewardEvaluationResponse extends RewardEvaluationSummaryResponse {
  /** The policy version used, with its terms. */
  policy!: RewardPolicyTermsResponse;

  /** One per connected core enterprise the caller may see (a city regulator its city's, an enterprise its own). */
  results!: RewardResultResponse[];

  static report({ evaluation, policy, results }: EvaluationReport): RewardEvaluationResponse {
    return {
      ...RewardEvaluationSummaryResponse.of(evaluation),
      policy: RewardPolicyTermsResponse.of(policy),
      results: results.map(RewardResultResponse.of),
    };
  }
}

export class RewardEvaluationPage {
  items!: RewardEvaluationSummaryResponse[];

  nextCursor!: string | null;
}

/** A core enterprise's own result in the newest finished evaluation of a year. */
export class MyRewardResultResponse extends RewardResultResponse {
  evaluationId!: string;

  /** @example 2026 */
  year!: number;

  /** @example "2026-11-30" */
  asOf!: string | null;

  policy!: RewardPolicyTermsResponse;

  static mine({ evaluation, policy, results }: EvaluationReport): MyRewardResultResponse {
    return {
      ...RewardResultResponse.of(results[0]),
      evaluationId: evaluation.id,
      year: evaluation.year,
      asOf: evaluation.asOf,
      policy: RewardPolicyTermsResponse.of(policy),
    };
  }
}

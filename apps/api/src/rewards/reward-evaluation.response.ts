import { DateField, EnumField, IdField, ListField, MoneyField, TextField, TimestampField } from '@gqt/platform';
import { CityCodeField, NameField, NextCursorField, PLATFORM_ACCOUNT_ID, UsccField } from '../common/fields';
import { CRITERION_KEYS, CRITERION_UNITS, EVALUATION_STATUSES } from '@gqt/contracts';
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
  @IdField()
  id!: string;

  /** @example "QUEUED" */
  @EnumField(EVALUATION_STATUSES, 'EvaluationStatus')
  status!: EvaluationStatus;

  /** @example 2026 */
  year!: number;

  /** The policy version the evaluation uses; it is locked from now on. @example 1 */
  policyVersion!: number;
}

export class CriterionOutcomeResponse implements CriterionOutcome {
  /** @example "SME_SUPPLIERS" */
  @EnumField(CRITERION_KEYS, 'CriterionKey')
  key!: CriterionKey;

  /** @example "COUNT" */
  @EnumField(CRITERION_UNITS, 'CriterionUnit')
  unit!: CriterionUnit;

  /** The enterprise's value in the unit's text form; null when there was nothing to measure. @example "7" */
  @TextField(32)
  actual!: string | null;

  /** @example "10" */
  @TextField(32)
  threshold!: string;

  /** @example false */
  passed!: boolean;

  /** How far a failed criterion is from its threshold, in its unit; null when passed. @example "3" */
  @TextField(32)
  shortfall!: string | null;

  /** @example "3 more SME suppliers with receivables confirmed in 2026 (7 of 10)" */
  @TextField(2000)
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
  @IdField()
  enterpriseId!: string;

  /** @example "柳州示范汽车工业集团有限公司" */
  @NameField()
  enterpriseName!: string;

  /** @example "91450200MA5KD00018" */
  @UsccField()
  uscc!: string;

  /** @example "450200" */
  @CityCodeField()
  cityCode!: string;

  @IdField()
  applicationId!: string;

  /** @example "ZZ-4502-000118" */
  @TextField(64, { pattern: PLATFORM_ACCOUNT_ID })
  platformAccountId!: string;

  /** @example "2026-03-15" */
  @DateField()
  connectedOn!: string;

  /** Every criterion passed. */
  eligible!: boolean;

  /** @example "500000.00" */
  @MoneyField()
  rewardAmount!: string;

  /** @example "Fixed reward" */
  @TextField(2000)
  rewardExplanation!: string;

  @ListField({ maxItems: CRITERION_KEYS.length, of: CriterionOutcomeResponse })
  criteria!: CriterionOutcomeResponse[];

  /** What the enterprise still lacks: one line per failed criterion. @example ["3 more SME suppliers with receivables confirmed in 2026 (7 of 10)"] */
  @ListField({ maxItems: CRITERION_KEYS.length })
  @TextField(500, { each: true })
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
  @IdField()
  id!: string;

  /** QUEUED until it has run; then DONE (results stored for good) or FAILED. @example "DONE" */
  @EnumField(EVALUATION_STATUSES, 'EvaluationStatus')
  status!: EvaluationStatus;

  /** @example 2026 */
  year!: number;

  /** @example 1 */
  policyVersion!: number;

  /** The day the year was judged on: year end, or the day of the run while the year was running. @example "2026-11-30" */
  @DateField()
  asOf!: string | null;

  /** Connected core enterprises evaluated. @example 2 */
  enterpriseCount!: number | null;

  /** @example 1 */
  eligibleCount!: number | null;

  /** @example "500000.00" */
  @MoneyField()
  totalReward!: string | null;

  /** @example "广西壮族自治区工业和信息化厅" */
  @NameField()
  requestedBy!: string;

  @TimestampField()
  createdAt!: Date;

  @TimestampField()
  finishedAt!: Date | null;

  /** Why a FAILED evaluation failed. */
  @TextField(2000)
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
  @ListField({ maxItems: 10_000, of: RewardResultResponse })
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
  @ListField({ maxItems: 200, of: RewardEvaluationSummaryResponse })
  items!: RewardEvaluationSummaryResponse[];

  @NextCursorField()
  nextCursor!: string | null;
}

/** A core enterprise's own result in the newest finished evaluation of a year. */
export class MyRewardResultResponse extends RewardResultResponse {
  @IdField()
  evaluationId!: string;

  /** @example 2026 */
  year!: number;

  /** @example "2026-11-30" */
  @DateField()
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

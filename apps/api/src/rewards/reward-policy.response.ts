import {
  CRITERIA,
  type CriterionKey,
  type CriterionUnit,
  type RewardPolicyEntity,
  type RewardPolicyView,
  type RewardRule,
} from '@gqt/rewards';

export class RewardTierResponse {
  /** @example "10000000.00" */
  minConfirmed!: string;

  /** @example "300000.00" */
  amount!: string;
}

export class RewardRuleResponse {
  /** @example "FIXED" */
  type!: 'FIXED' | 'TIERED';

  /** FIXED only. @example "500000.00" */
  amount?: string;

  /** TIERED only. */
  tiers?: RewardTierResponse[];

  /** TIERED only. @example "1000000.00" */
  cap?: string;

  static of(rule: RewardRule): RewardRuleResponse {
    return rule.type === 'FIXED'
      ? { type: 'FIXED', amount: rule.amount }
      : { type: 'TIERED', tiers: rule.tiers, cap: rule.cap };
  }
}

export class CriterionSettingResponse {
  /** @example "SME_SUPPLIERS" */
  key!: CriterionKey;

  /** @example "COUNT" */
  unit!: CriterionUnit;

  /** @example "10" */
  threshold!: string;

  /** @example "At least this many SME suppliers with receivables confirmed in the year" */
  description!: string;

  static of(setting: { key: CriterionKey; threshold: string }): CriterionSettingResponse {
    const rule = CRITERIA[setting.key];
    return { key: setting.key, unit: rule.unit, threshold: setting.threshold, description: rule.description };
  }
}

/** The terms of a policy version, as an evaluation used them. */
export class RewardPolicyTermsResponse {
  /** Null while the year has only the default terms, not yet stored. */
  id!: string | null;

  /** @example 2026 */
  year!: number;

  /** @example 1 */
  version!: number;

  criteria!: CriterionSettingResponse[];

  reward!: RewardRuleResponse;

  static of(policy: RewardPolicyEntity | RewardPolicyView): RewardPolicyTermsResponse {
    return {
      id: policy.id,
      year: policy.year,
      version: policy.version,
      criteria: policy.criteria.map(CriterionSettingResponse.of),
      reward: RewardRuleResponse.of(policy.reward),
    };
  }
}

export class RewardPolicyResponse extends RewardPolicyTermsResponse {
  /** Used by an evaluation: it can no longer change, and a PUT writes the next version. */
  locked!: boolean;

  lockedAt!: Date | null;

  /** The domain's default terms, not yet stored (a PUT or an evaluation stores them as version 1). */
  isDefault!: boolean;

  updatedAt!: Date | null;

  /** @example "广西壮族自治区工业和信息化厅" */
  updatedByName!: string | null;

  static override of(view: RewardPolicyView): RewardPolicyResponse {
    return {
      ...RewardPolicyTermsResponse.of(view),
      locked: view.locked,
      lockedAt: view.lockedAt,
      isDefault: view.isDefault,
      updatedAt: view.updatedAt,
      updatedByName: view.updatedByName,
    };
  }
}

import { EnumField, IdField, ListField, MoneyField, TextField, TimestampField } from '@gqt/platform';
import { NameField } from '../common/fields';
import { CRITERION_KEYS, CRITERION_UNITS, REWARD_RULE_TYPES } from '@gqt/contracts';
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
  @MoneyField()
  minConfirmed!: string;

  /** @example "300000.00" */
  @MoneyField()
  amount!: string;
}

export class RewardRuleResponse {
  /** @example "FIXED" */
  @EnumField(REWARD_RULE_TYPES, 'RewardRuleType')
  type!: 'FIXED' | 'TIERED';

  /** FIXED only. @example "500000.00" */
  @MoneyField()
  amount?: string;

  /** TIERED only. */
  @ListField({ maxItems: 20, of: RewardTierResponse })
  tiers?: RewardTierResponse[];

  /** TIERED only. @example "1000000.00" */
  @MoneyField()
  cap?: string;

  static of(rule: RewardRule): RewardRuleResponse {
    return rule.type === 'FIXED'
      ? { type: 'FIXED', amount: rule.amount }
      : { type: 'TIERED', tiers: rule.tiers, cap: rule.cap };
  }
}

export class CriterionSettingResponse {
  /** @example "SME_SUPPLIERS" */
  @EnumField(CRITERION_KEYS, 'CriterionKey')
  key!: CriterionKey;

  /** @example "COUNT" */
  @EnumField(CRITERION_UNITS, 'CriterionUnit')
  unit!: CriterionUnit;

  /** @example "10" */
  @TextField(32)
  threshold!: string;

  /** @example "At least this many SME suppliers with receivables confirmed in the year" */
  @TextField(2000)
  description!: string;

  static of(setting: { key: CriterionKey; threshold: string }): CriterionSettingResponse {
    const rule = CRITERIA[setting.key];
    return { key: setting.key, unit: rule.unit, threshold: setting.threshold, description: rule.description };
  }
}

/** The terms of a policy version, as an evaluation used them. */
export class RewardPolicyTermsResponse {
  /** Null while the year has only the default terms, not yet stored. */
  @IdField()
  id!: string | null;

  /** @example 2026 */
  year!: number;

  /** @example 1 */
  version!: number;

  @ListField({ maxItems: CRITERION_KEYS.length, of: CriterionSettingResponse })
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

  @TimestampField()
  lockedAt!: Date | null;

  /** The domain's default terms, not yet stored (a PUT or an evaluation stores them as version 1). */
  isDefault!: boolean;

  @TimestampField()
  updatedAt!: Date | null;

  /** @example "广西壮族自治区工业和信息化厅" */
  @NameField()
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

import { CRITERION_KEYS, REWARD_RULE_TYPES, type CriterionKey, type PolicyTermsInput } from '@gqt/rewards';
import { EnumField, ListField, MoneyField, NestedObject, TextField } from '@gqt/platform';
import { IsOptional } from 'class-validator';

export class CriterionSettingDto {
  /** @example "SME_SUPPLIERS" */
  @EnumField(CRITERION_KEYS, 'CriterionKey')
  key!: CriterionKey;

  /**
   * In the criterion's unit: a date YYYY-MM-DD on or before the year's end (CONNECTED_BY_YEAR_END),
   * a whole number (SME_SUPPLIERS, MAX_DAYS_OVERDUE_AT_YEAR_END), yuan (CONFIRMED_AMOUNT), or days
   * with at most two decimals (AVERAGE_CONFIRMATION_DAYS).
   * @example "10"
   */
  @TextField(32)
  threshold!: string;
}

export class RewardTierDto {
  /** Confirmed volume in the year from which the tier applies. @example "10000000.00" */
  @MoneyField()
  minConfirmed!: string;

  /** @example "300000.00" */
  @MoneyField()
  amount!: string;
}

export class RewardRuleDto {
  /** FIXED: every eligible enterprise gets `amount`; TIERED: the highest tier reached by confirmed volume, at most `cap`. @example "FIXED" */
  @EnumField(REWARD_RULE_TYPES, 'RewardRuleType')
  type!: (typeof REWARD_RULE_TYPES)[number];

  /** FIXED only. @example "500000.00" */
  @IsOptional()
  @MoneyField()
  amount?: string;

  /** TIERED only: 1-20 tiers, `minConfirmed` rising, `amount` never falling. */
  @IsOptional()
  @ListField({ maxItems: 20, of: RewardTierDto })
  tiers?: RewardTierDto[];

  /** TIERED only: the most one enterprise receives. @example "1000000.00" */
  @IsOptional()
  @MoneyField()
  cap?: string;
}

export class ReplaceRewardPolicyDto implements PolicyTermsInput {
  /** The criteria that apply, each once; all must pass for an enterprise to be eligible. */
  @ListField({ maxItems: CRITERION_KEYS.length, of: CriterionSettingDto })
  criteria!: CriterionSettingDto[];

  @NestedObject(() => RewardRuleDto)
  reward!: RewardRuleDto;
}

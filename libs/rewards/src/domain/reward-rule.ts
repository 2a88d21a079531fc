import { REWARD_RULE_TYPES } from '@gqt/contracts';
import { Money, type FieldError } from '@gqt/kernel';
import { yuan } from './yuan';

export interface RewardTier {
  /** Confirmed volume in the year from which the tier applies. */
  minConfirmed: string;
  amount: string;
}

/** How much an eligible enterprise receives: a fixed amount, or by confirmed volume up to a cap. */
export type RewardRule = { type: 'FIXED'; amount: string } | { type: 'TIERED'; tiers: RewardTier[]; cap: string };

export { REWARD_RULE_TYPES } from '@gqt/contracts';
const MAX_TIERS = 20;

export const DEFAULT_REWARD_RULE: RewardRule = { type: 'FIXED', amount: '500000.00' };

/** The rule as received, before checking (the DTO has checked field types already). */
export interface RewardRuleInput {
  type?: unknown;
  amount?: unknown;
  tiers?: unknown;
  cap?: unknown;
}

const money = (value: unknown): Money | null => (Money.isValid(value) ? Money.parse(value) : null);

/** Checks a rule and returns it with canonical amounts, or the errors (fields under `path`). */
export function checkRewardRule(input: RewardRuleInput, path = 'reward'): RewardRule | FieldError[] {
  const errors: FieldError[] = [];
  const err = (field: string, message: string) => errors.push({ field: `${path}${field}`, message });
  const positive = (value: unknown, field: string): Money | null => {
    const parsed = money(value);
    if (!parsed || !parsed.isPositive()) err(field, 'must be a positive amount of yuan, e.g. "500000.00"');
    return parsed;
  };
  if (input.type === 'FIXED') {
    if (input.tiers !== undefined) err('.tiers', 'is only for a TIERED rule');
    if (input.cap !== undefined) err('.cap', 'is only for a TIERED rule');
    const amount = positive(input.amount, '.amount');
    return errors.length === 0 && amount ? { type: 'FIXED', amount: amount.toString() } : errors;
  }
  if (input.type !== 'TIERED') {
    err('.type', `must be one of ${REWARD_RULE_TYPES.join(', ')}`);
    return errors;
  }
  if (input.amount !== undefined) err('.amount', 'is only for a FIXED rule; a TIERED rule has tiers and a cap');
  const cap = positive(input.cap, '.cap');
  if (!Array.isArray(input.tiers) || input.tiers.length === 0 || input.tiers.length > MAX_TIERS) {
    err('.tiers', `must list 1 to ${MAX_TIERS} tiers`);
    return errors;
  }
  const tiers: RewardTier[] = [];
  (input.tiers as RewardTier[]).forEach((tier, i) => {
    const from = money(tier?.minConfirmed);
    if (!from) err(`.tiers[${i}].minConfirmed`, 'must be an amount of yuan, e.g. "10000000.00"');
    const amount = positive(tier?.amount, `.tiers[${i}].amount`);
    const previous = tiers[tiers.length - 1];
    if (from && previous && !from.greaterThan(Money.parse(previous.minConfirmed))) {
      err(`.tiers[${i}].minConfirmed`, 'must be higher than the previous tier’s');
    }
    if (amount && previous && amount.lessThan(Money.parse(previous.amount))) {
      err(`.tiers[${i}].amount`, 'must not be lower than the previous tier’s');
    }
    if (from && amount) tiers.push({ minConfirmed: from.toString(), amount: amount.toString() });
  });
  return errors.length === 0 && cap ? { type: 'TIERED', tiers, cap: cap.toString() } : errors;
}

export interface Reward {
  amount: Money;
  explanation: string;
}

export function rewardFor(rule: RewardRule, eligible: boolean, confirmed: Money): Reward {
  if (!eligible) return { amount: Money.ZERO, explanation: 'Not eligible: no reward' };
  if (rule.type === 'FIXED') return { amount: Money.parse(rule.amount), explanation: 'Fixed reward' };
  const tier = [...rule.tiers].reverse().find((t) => !confirmed.lessThan(Money.parse(t.minConfirmed)));
  if (!tier) {
    return {
      amount: Money.ZERO,
      explanation: `Confirmed ${yuan(confirmed)}, below the lowest tier (${yuan(Money.parse(rule.tiers[0].minConfirmed))})`,
    };
  }
  const tierAmount = Money.parse(tier.amount);
  const cap = Money.parse(rule.cap);
  const capped = tierAmount.greaterThan(cap);
  return {
    amount: capped ? cap : tierAmount,
    explanation:
      `Tier from ${yuan(Money.parse(tier.minConfirmed))} confirmed: ${yuan(tierAmount)}` +
      (capped ? `, capped at ${yuan(cap)}` : ''),
  };
}

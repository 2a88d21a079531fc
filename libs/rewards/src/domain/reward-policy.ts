import { invalid, type FieldError } from '@gqt/kernel';
import { CRITERIA, CRITERION_KEYS, type CriterionKey, type CriterionSetting } from './criteria';
import { DEFAULT_REWARD_RULE, checkRewardRule, type RewardRule, type RewardRuleInput } from './reward-rule';

/** What a year's policy decides: the criteria with their thresholds, and the reward amount rule. */
export interface PolicyTerms {
  criteria: CriterionSetting[];
  reward: RewardRule;
}

export interface PolicyTermsInput {
  criteria: { key: CriterionKey; threshold: string }[];
  reward: RewardRuleInput;
}

/** Every criterion at its default threshold (domain.md § Rules), with a fixed reward. */
export function defaultPolicyTerms(year: number): PolicyTerms {
  return {
    criteria: CRITERION_KEYS.map((key) => ({ key, threshold: CRITERIA[key].defaultThreshold(year) })),
    reward: DEFAULT_REWARD_RULE,
  };
}

/**
 * Checks the terms a regulator sends for a year and returns them in canonical form; a refusal names
 * every field that is wrong (400 VALIDATION_FAILED).
 */
export function checkPolicyTerms(year: number, input: PolicyTermsInput): PolicyTerms {
  const errors: FieldError[] = [];
  const seen = new Set<CriterionKey>();
  const criteria: CriterionSetting[] = [];
  input.criteria.forEach(({ key, threshold }, i) => {
    if (seen.has(key)) errors.push({ field: `criteria[${i}].key`, message: `${key} is listed twice` });
    seen.add(key);
    const checked = CRITERIA[key].normalise(threshold, year);
    if ('error' in checked) errors.push({ field: `criteria[${i}].threshold`, message: `${key} ${checked.error}` });
    else criteria.push({ key, threshold: checked.threshold });
  });
  if (input.criteria.length === 0) errors.push({ field: 'criteria', message: 'must list at least one criterion' });
  const reward = checkRewardRule(input.reward);
  if (Array.isArray(reward)) errors.push(...reward);
  if (errors.length > 0 || Array.isArray(reward)) {
    throw invalid('VALIDATION_FAILED', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  }
  // Criteria are kept in the canonical order, so that equal policies look equal.
  criteria.sort((a, b) => CRITERION_KEYS.indexOf(a.key) - CRITERION_KEYS.indexOf(b.key));
  return { criteria, reward };
}

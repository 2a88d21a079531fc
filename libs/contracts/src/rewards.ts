// domain.md § Rules: the reward criteria are not published, so each year's policy sets them; these
// are the criteria the domain suggests.
export const CRITERION_KEYS = [
  'CONNECTED_BY_YEAR_END',
  'SME_SUPPLIERS',
  'CONFIRMED_AMOUNT',
  'AVERAGE_CONFIRMATION_DAYS',
  'MAX_DAYS_OVERDUE_AT_YEAR_END',
] as const;
export type CriterionKey = (typeof CRITERION_KEYS)[number];

export const CRITERION_UNITS = ['DATE', 'COUNT', 'YUAN', 'DAYS'] as const;
export type CriterionUnit = (typeof CRITERION_UNITS)[number];

export const REWARD_RULE_TYPES = ['FIXED', 'TIERED'] as const;
export type RewardRuleType = (typeof REWARD_RULE_TYPES)[number];

export const EVALUATION_STATUSES = ['QUEUED', 'DONE', 'FAILED'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

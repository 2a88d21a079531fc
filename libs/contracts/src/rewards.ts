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

/** What each criterion is called, in each language the platform speaks. */
export const CRITERION_NAMES: Record<'zh-CN' | 'en', Record<CriterionKey, string>> = {
  'zh-CN': {
    CONNECTED_BY_YEAR_END: '年底前接入平台',
    SME_SUPPLIERS: '有确权账款的中小企业供应商数',
    CONFIRMED_AMOUNT: '年度确权金额',
    AVERAGE_CONFIRMATION_DAYS: '平均确权天数',
    MAX_DAYS_OVERDUE_AT_YEAR_END: '年底最长逾期天数',
  },
  en: {
    CONNECTED_BY_YEAR_END: 'connected by year end',
    SME_SUPPLIERS: 'SME suppliers with confirmed receivables',
    CONFIRMED_AMOUNT: 'amount confirmed in the year',
    AVERAGE_CONFIRMATION_DAYS: 'average days to confirm',
    MAX_DAYS_OVERDUE_AT_YEAR_END: 'longest overdue at year end',
  },
};

export const CRITERION_UNITS = ['DATE', 'COUNT', 'YUAN', 'DAYS'] as const;
export type CriterionUnit = (typeof CRITERION_UNITS)[number];

export const REWARD_RULE_TYPES = ['FIXED', 'TIERED'] as const;
export type RewardRuleType = (typeof REWARD_RULE_TYPES)[number];

export const EVALUATION_STATUSES = ['QUEUED', 'DONE', 'FAILED'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

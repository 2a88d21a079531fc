import { CRITERION_NAMES, cityName } from '@gqt/contracts';
import type { Column, Table, TableLanguage } from '@gqt/platform';
import type { CriterionKey, EvaluationReport, RewardResultEntity } from '@gqt/rewards';

const L = (zh: string, en: string): Record<TableLanguage, string> => ({ 'zh-CN': zh, en });
const C = (key: CriterionKey, zh: string, en: string): Record<TableLanguage, string> => ({
  'zh-CN': `${CRITERION_NAMES['zh-CN'][key]}${zh}`,
  en: `${CRITERION_NAMES.en[key]}: ${en}`,
});
const outcome = (row: RewardResultEntity, key: CriterionKey) => row.criteria.find((c) => c.key === key);
// Spelled out: CSV writers render false as an empty cell, which reads like "not evaluated".
const yesNo = (value: boolean, language: TableLanguage) =>
  language === 'en' ? (value ? 'yes' : 'no') : value ? '是' : '否';
const spelled = (value: boolean | undefined) => (value === undefined ? undefined : String(value));

/**
 * The export of an evaluation: one row per enterprise, and for each criterion of the policy used
 * its actual value, threshold, pass/fail and shortfall, then what the enterprise still lacks.
 */
export function evaluationTable({ evaluation, policy, results }: EvaluationReport): Table<RewardResultEntity> {
  const fixed: Column<RewardResultEntity>[] = [
    { header: 'year', label: L('年度', 'Year'), value: () => evaluation.year },
    { header: 'policyVersion', label: L('政策版本', 'Policy version'), value: () => evaluation.policyVersion },
    { header: 'asOf', label: L('评价日', 'As of'), value: () => evaluation.asOf },
    { header: 'enterpriseId', label: L('企业 ID', 'Enterprise ID'), value: (r) => r.enterpriseId },
    { header: 'enterpriseName', label: L('企业名称', 'Enterprise'), value: (r) => r.enterpriseName },
    { header: 'uscc', label: L('统一社会信用代码', 'Credit code'), value: (r) => r.enterpriseUscc },
    {
      header: 'city',
      label: L('所在市', 'City'),
      readerOnly: true,
      value: (r, language) => cityName(r.cityCode, language ?? 'zh-CN'),
    },
    { header: 'cityCode', label: L('城市代码', 'City code'), value: (r) => r.cityCode },
    { header: 'platformAccountId', label: L('平台账号', 'Platform account'), value: (r) => r.platformAccountId },
    { header: 'connectedOn', label: L('接入日期', 'Connected on'), value: (r) => r.connectedOn },
    {
      header: 'eligible',
      label: L('是否符合', 'Eligible'),
      value: (r, language) => (language === null ? spelled(r.eligible) : yesNo(r.eligible, language)),
    },
    { header: 'rewardAmount', label: L('奖励金额（元）', 'Reward (yuan)'), value: (r) => r.rewardAmount },
    { header: 'rewardExplanation', label: L('奖励说明', 'Reward explanation'), value: (r) => r.rewardExplanation },
  ];
  const perCriterion = policy.criteria.flatMap(({ key }): Column<RewardResultEntity>[] => [
    { header: `${key}.actual`, label: C(key, '实际值', 'actual'), value: (r) => outcome(r, key)?.actual },
    { header: `${key}.threshold`, label: C(key, '门槛', 'threshold'), value: (r) => outcome(r, key)?.threshold },
    {
      header: `${key}.passed`,
      label: C(key, '是否达到', 'met'),
      value: (r, language) => {
        const passed = outcome(r, key)?.passed;
        return language === null || passed === undefined ? spelled(passed) : yesNo(passed, language);
      },
    },
    { header: `${key}.shortfall`, label: C(key, '差额', 'shortfall'), value: (r) => outcome(r, key)?.shortfall },
  ]);
  return {
    name: `reward-evaluation-${evaluation.year}-v${evaluation.policyVersion}-${evaluation.id.slice(0, 8)}`,
    columns: [
      ...fixed,
      ...perCriterion,
      {
        header: 'missing',
        label: L('尚缺条件', 'Still to reach'),
        value: (r, language) =>
          language === null
            ? r.missing.join('; ')
            : r.criteria
                .filter((c) => !c.passed)
                .map((c) => CRITERION_NAMES[language][c.key] ?? c.key)
                .join(language === 'en' ? '; ' : '；'),
      },
    ],
    rows: results,
  };
}

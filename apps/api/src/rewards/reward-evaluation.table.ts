import type { Column, Table } from '@gqt/platform';
import type { CriterionKey, EvaluationReport, RewardResultEntity } from '@gqt/rewards';

const outcome = (row: RewardResultEntity, key: CriterionKey) => row.criteria.find((c) => c.key === key);
// Spelled out: CSV writers render false as an empty cell, which reads like "not evaluated".
const spelled = (value: boolean | undefined) => (value === undefined ? undefined : String(value));

/**
 * The export of an evaluation: one row per enterprise, and for each criterion of the policy used
 * its actual value, threshold, pass/fail and shortfall, then what the enterprise still lacks.
 */
export function evaluationTable({ evaluation, policy, results }: EvaluationReport): Table<RewardResultEntity> {
  const fixed: Column<RewardResultEntity>[] = [
    { header: 'year', value: () => evaluation.year },
    { header: 'policyVersion', value: () => evaluation.policyVersion },
    { header: 'asOf', value: () => evaluation.asOf },
    { header: 'enterpriseId', value: (r) => r.enterpriseId },
    { header: 'enterpriseName', value: (r) => r.enterpriseName },
    { header: 'uscc', value: (r) => r.enterpriseUscc },
    { header: 'cityCode', value: (r) => r.cityCode },
    { header: 'platformAccountId', value: (r) => r.platformAccountId },
    { header: 'connectedOn', value: (r) => r.connectedOn },
    { header: 'eligible', value: (r) => spelled(r.eligible) },
    { header: 'rewardAmount', value: (r) => r.rewardAmount },
    { header: 'rewardExplanation', value: (r) => r.rewardExplanation },
  ];
  const perCriterion = policy.criteria.flatMap(({ key }): Column<RewardResultEntity>[] => [
    { header: `${key}.actual`, value: (r) => outcome(r, key)?.actual },
    { header: `${key}.threshold`, value: (r) => outcome(r, key)?.threshold },
    { header: `${key}.passed`, value: (r) => spelled(outcome(r, key)?.passed) },
    { header: `${key}.shortfall`, value: (r) => outcome(r, key)?.shortfall },
  ]);
  return {
    name: `reward-evaluation-${evaluation.year}-v${evaluation.policyVersion}-${evaluation.id.slice(0, 8)}`,
    columns: [...fixed, ...perCriterion, { header: 'missing', value: (r) => r.missing.join('; ') }],
    rows: results,
  };
}

import { yearOf, type BusinessDate, type Money } from '@gqt/kernel';
import { judge, type CriterionOutcome, type EvaluationFacts } from './criteria';
import type { PolicyTerms } from './reward-policy';
import { rewardFor } from './reward-rule';

export interface EnterpriseEvaluation {
  criteria: CriterionOutcome[];
  /** Every criterion passed. */
  eligible: boolean;
  rewardAmount: Money;
  rewardExplanation: string;
  /** What the enterprise still lacks: the explanation of each failed criterion. */
  missing: string[];
}

/** Judges one connected core enterprise by the policy: every criterion, eligibility and the reward. */
export function evaluateEnterprise(terms: PolicyTerms, facts: EvaluationFacts): EnterpriseEvaluation {
  const criteria = terms.criteria.map((setting) => judge(setting, facts));
  const eligible = criteria.every((c) => c.passed);
  const reward = rewardFor(terms.reward, eligible, facts.figures.confirmedAmount);
  return {
    criteria,
    eligible,
    rewardAmount: reward.amount,
    rewardExplanation: reward.explanation,
    missing: criteria.filter((c) => !c.passed).map((c) => c.explanation),
  };
}

/** The day the year is judged on: its last day, or today while it is still running. */
export function evaluationDay(year: number, today: BusinessDate): BusinessDate {
  const yearEnd = `${year}-12-31`;
  return today < yearEnd ? today : yearEnd;
}

/** A year can be evaluated once it has begun. */
export const hasBegun = (year: number, today: BusinessDate): boolean => year <= yearOf(today);

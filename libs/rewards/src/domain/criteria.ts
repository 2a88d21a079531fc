import type { CriterionKey, CriterionUnit } from '@gqt/contracts';
import { Money, daysBetween, isBusinessDate, roundHalfUp, type BusinessDate } from '@gqt/kernel';
import type { DebtorFigures } from './debtor-figures';
import { yuan } from './yuan';

export { CRITERION_KEYS, CRITERION_UNITS, type CriterionKey, type CriterionUnit } from '@gqt/contracts';

/** A criterion of a policy with its threshold, in the canonical text form of its unit. */
export interface CriterionSetting {
  key: CriterionKey;
  threshold: string;
}

/** The facts one connected core enterprise is judged on. */
export interface EvaluationFacts {
  year: number;
  /** Year end, or today while the year runs. */
  asOf: BusinessDate;
  connectedOn: BusinessDate;
  figures: DebtorFigures;
}

export interface CriterionOutcome {
  key: CriterionKey;
  unit: CriterionUnit;
  /** The enterprise's value, in the unit's text form; null when there is nothing to measure. */
  actual: string | null;
  threshold: string;
  passed: boolean;
  /** How far from the threshold a failed criterion is, in the same unit; null when passed. */
  shortfall: string | null;
  explanation: string;
}

interface CriterionRule {
  unit: CriterionUnit;
  description: string;
  defaultThreshold(year: number): string;
  /** The canonical threshold, or a message saying what is wrong with it. */
  normalise(text: string, year: number): { threshold: string } | { error: string };
  judge(threshold: string, facts: EvaluationFacts): Omit<CriterionOutcome, 'key' | 'unit' | 'threshold'>;
}

const COUNT = /^(0|[1-9]\d{0,5})$/;
const DAYS_WITH_HUNDREDTHS = /^(0|[1-9]\d{0,2})(\.\d{1,2})?$/;
const DAY_MS = 86_400_000n;
const MAX_DAYS = 3650;

const yearEnd = (year: number): BusinessDate => `${year}-12-31`;
const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

const hundredths = (text: string): bigint => {
  const [whole, fraction = ''] = text.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
};
const fromHundredths = (value: bigint): string => `${value / 100n}.${(value % 100n).toString().padStart(2, '0')}`;

const passedOrNot = (passed: boolean, shortfall: string, explanation: [string, string]) => ({
  passed,
  shortfall: passed ? null : shortfall,
  explanation: passed ? explanation[0] : explanation[1],
});

export const CRITERIA: Record<CriterionKey, CriterionRule> = {
  CONNECTED_BY_YEAR_END: {
    unit: 'DATE',
    description: 'Connected to the receivables financing service platform on or before this day',
    defaultThreshold: yearEnd,
    normalise: (text, year) =>
      isBusinessDate(text) && text <= yearEnd(year)
        ? { threshold: text }
        : { error: `must be a date YYYY-MM-DD on or before ${yearEnd(year)}` },
    judge: (threshold, { connectedOn }) => ({
      actual: connectedOn,
      ...passedOrNot(connectedOn <= threshold, String(daysBetween(threshold, connectedOn)), [
        `Connected on ${connectedOn}, by ${threshold}`,
        `Connected on ${connectedOn}, ${days(daysBetween(threshold, connectedOn))} after ${threshold}`,
      ]),
    }),
  },
  SME_SUPPLIERS: {
    unit: 'COUNT',
    description: 'At least this many SME suppliers with receivables confirmed in the year',
    defaultThreshold: () => '10',
    normalise: (text) => (COUNT.test(text) ? { threshold: text } : { error: 'must be a whole number, e.g. "10"' }),
    judge: (threshold, { year, figures }) => {
      const needed = Number(threshold) - figures.smeSuppliers;
      return {
        actual: String(figures.smeSuppliers),
        ...passedOrNot(needed <= 0, String(needed), [
          `${figures.smeSuppliers} SME suppliers with receivables confirmed in ${year} (at least ${threshold})`,
          `${needed} more SME ${needed === 1 ? 'supplier' : 'suppliers'} with receivables confirmed in ${year} ` +
            `(${figures.smeSuppliers} of ${threshold})`,
        ]),
      };
    },
  },
  CONFIRMED_AMOUNT: {
    unit: 'YUAN',
    description: 'At least this much confirmed in the year',
    defaultThreshold: () => '10000000.00',
    normalise: (text) =>
      Money.isValid(text) ? { threshold: Money.parse(text).toString() } : { error: 'must be yuan, e.g. "10000000.00"' },
    judge: (threshold, { year, figures }) => {
      const required = Money.parse(threshold);
      const missing = required.minus(figures.confirmedAmount);
      return {
        actual: figures.confirmedAmount.toString(),
        ...passedOrNot(!missing.isPositive(), missing.toString(), [
          `${yuan(figures.confirmedAmount)} confirmed in ${year} (at least ${yuan(required)})`,
          `${yuan(missing)} more to confirm in ${year} (${yuan(figures.confirmedAmount)} of ${yuan(required)})`,
        ]),
      };
    },
  },
  AVERAGE_CONFIRMATION_DAYS: {
    unit: 'DAYS',
    description: 'Receivables confirmed within this many days of registration on average',
    defaultThreshold: () => '5.00',
    normalise: (text) =>
      DAYS_WITH_HUNDREDTHS.test(text) && hundredths(text) <= BigInt(MAX_DAYS) * 100n
        ? { threshold: fromHundredths(hundredths(text)) }
        : { error: `must be days with at most two decimals, up to ${MAX_DAYS}, e.g. "5"` },
    judge: (threshold, { year, figures }) => {
      if (figures.confirmedCount === 0) {
        return { actual: null, passed: false, shortfall: null, explanation: `No receivable was confirmed in ${year}` };
      }
      // The average is compared as it is shown: in days, rounded half up to the hundredth.
      const average = roundHalfUp(figures.confirmationMillis * 100n, BigInt(figures.confirmedCount) * DAY_MS);
      const allowed = hundredths(threshold);
      return {
        actual: fromHundredths(average),
        ...passedOrNot(average <= allowed, fromHundredths(average - allowed), [
          `Confirmed in ${fromHundredths(average)} days on average (at most ${threshold})`,
          `Confirm ${fromHundredths(average - allowed)} days faster on average ` +
            `(${fromHundredths(average)} days, at most ${threshold})`,
        ]),
      };
    },
  },
  MAX_DAYS_OVERDUE_AT_YEAR_END: {
    unit: 'DAYS',
    description: 'No confirmed receivable more than this many days overdue at year end',
    defaultThreshold: () => '60',
    normalise: (text) =>
      COUNT.test(text) && Number(text) <= MAX_DAYS
        ? { threshold: text }
        : { error: `must be a whole number of days up to ${MAX_DAYS}, e.g. "60"` },
    judge: (threshold, { asOf, figures }) => {
      const excess = figures.maxDaysOverdue - Number(threshold);
      return {
        actual: String(figures.maxDaysOverdue),
        ...passedOrNot(excess <= 0, String(excess), [
          figures.maxDaysOverdue === 0
            ? `No confirmed receivable overdue on ${asOf}`
            : `Most overdue confirmed receivable: ${days(figures.maxDaysOverdue)} on ${asOf} (at most ${threshold})`,
          `A confirmed receivable is ${days(figures.maxDaysOverdue)} overdue on ${asOf} (at most ${threshold}): pay it`,
        ]),
      };
    },
  },
};

export function judge(setting: CriterionSetting, facts: EvaluationFacts): CriterionOutcome {
  const rule = CRITERIA[setting.key];
  return { key: setting.key, unit: rule.unit, threshold: setting.threshold, ...rule.judge(setting.threshold, facts) };
}

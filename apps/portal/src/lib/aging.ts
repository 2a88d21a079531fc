import type { AgingAmounts, AgingCounts, AgingRow, TrendPoint } from '../api/schema';
import { compareMoney, sumMoney } from './money';

export const BUCKETS = ['notDue', 'd1_30', 'd31_60', 'd61_90', 'd90plus'] as const;
export type Bucket = (typeof BUCKETS)[number];
export const OVERDUE_BUCKETS: Bucket[] = ['d1_30', 'd31_60', 'd61_90', 'd90plus'];

/** What is overdue in an aging row: the outstanding money of every bucket past the due date. */
export function overdueAmount(amounts: AgingAmounts): string {
  return sumMoney(OVERDUE_BUCKETS.map((bucket) => amounts[bucket]));
}

export function overdueCount(counts: AgingCounts): number {
  return OVERDUE_BUCKETS.reduce((total, bucket) => total + counts[bucket], 0);
}

/** The debtors owing the most overdue money, most first. */
export function mostOverdue(rows: AgingRow[], top: number): (AgingRow & { overdue: string })[] {
  return rows
    .map((row) => ({ ...row, overdue: overdueAmount(row.amounts) }))
    .filter((row) => compareMoney(row.overdue, '0') > 0)
    .sort((a, b) => compareMoney(b.overdue, a.overdue))
    .slice(0, top);
}

/** A day's overdue money in the trend. */
export function trendOverdue(point: TrendPoint): string {
  return overdueAmount(point.amounts);
}

/**
 * A chart's bar height from a money string. Bars only need proportions, so a float is fine here;
 * every figure a reader sees comes from the exact string.
 */
export function chartValue(amount: string | number | undefined): number {
  return amount === undefined ? 0 : Number(amount);
}

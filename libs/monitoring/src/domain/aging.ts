import { Money } from '@gqt/kernel';

/** The aging buckets of the contract (api-contract.md § Monitoring), by days overdue. */
export const AGING_BUCKETS = ['notDue', 'd1_30', 'd31_60', 'd61_90', 'd90plus'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/**
 * The most days overdue each bucket holds (inclusive); `notDue` is "not past its due date"
 * (0 days or fewer) and `d90plus` has no limit. Queries derive their bucket boundaries from this.
 */
export const BUCKET_LIMITS: readonly { bucket: AgingBucket; maxDaysOverdue: number }[] = [
  { bucket: 'notDue', maxDaysOverdue: 0 },
  { bucket: 'd1_30', maxDaysOverdue: 30 },
  { bucket: 'd31_60', maxDaysOverdue: 60 },
  { bucket: 'd61_90', maxDaysOverdue: 90 },
];

export function bucketOf(daysOverdue: number): AgingBucket {
  return BUCKET_LIMITS.find((limit) => daysOverdue <= limit.maxDaysOverdue)?.bucket ?? 'd90plus';
}

/** Counts and outstanding amounts per bucket of one group of receivables. */
export interface AgingFigures {
  counts: Record<AgingBucket, number>;
  amounts: Record<AgingBucket, Money>;
}

export function emptyFigures(): AgingFigures {
  const counts = {} as Record<AgingBucket, number>;
  const amounts = {} as Record<AgingBucket, Money>;
  for (const bucket of AGING_BUCKETS) {
    counts[bucket] = 0;
    amounts[bucket] = Money.ZERO;
  }
  return { counts, amounts };
}

export function totalCount(figures: AgingFigures): number {
  return AGING_BUCKETS.reduce((sum, bucket) => sum + figures.counts[bucket], 0);
}

export function totalAmount(figures: AgingFigures): Money {
  return Money.sum(AGING_BUCKETS.map((bucket) => figures.amounts[bucket]));
}

/** Overdue = every bucket but `notDue`. */
export function overdueAmount(figures: AgingFigures): Money {
  return totalAmount(figures).minus(figures.amounts.notDue);
}

import { Money } from '@gqt/kernel';
import { AGING_BUCKETS, BUCKET_LIMITS, emptyFigures, type AgingBucket, type AgingFigures } from './domain/aging';

/** A receivable of monitoring_receivables counts as live exactly when this holds (see the migration). */
export const LIVE_SQL = (alias: string) => `${alias}.status = 'CONFIRMED' AND ${alias}.outstanding_fen > 0`;

const COLUMN_OF: Record<AgingBucket, string> = {
  notDue: 'not_due',
  d1_30: 'd1_30',
  d31_60: 'd31_60',
  d61_90: 'd61_90',
  d90plus: 'd90plus',
};

/** The snapshot columns of every bucket, in contract order: not_due_count, not_due_fen, … */
export const BUCKET_COLUMNS = AGING_BUCKETS.flatMap((b) => [`${COLUMN_OF[b]}_count`, `${COLUMN_OF[b]}_fen`]);

/** The index into AGING_BUCKETS of a receivable due on `dueDate` as of the day `asOf` (both SQL). */
export function bucketIndexSql(dueDate: string, asOf: string): string {
  const cases = BUCKET_LIMITS.map(
    (limit, index) => `WHEN ${dueDate} >= ${asOf}::date - ${limit.maxDaysOverdue} THEN ${index}`,
  );
  return `CASE ${cases.join(' ')} ELSE ${AGING_BUCKETS.length - 1} END`;
}

/**
 * Aggregates that spread rows over the bucket columns: `bucket` is a bucketIndexSql expression,
 * `count` what a row counts for (1, or a pre-aggregated count) and `fen` its outstanding fen.
 */
export function bucketAggregatesSql(bucket: string, count: string, fen: string): string {
  return AGING_BUCKETS.map(
    (b, index) =>
      `coalesce(sum(${count}) FILTER (WHERE ${bucket} = ${index}), 0)::bigint AS ${COLUMN_OF[b]}_count, ` +
      `coalesce(sum(${fen}) FILTER (WHERE ${bucket} = ${index}), 0)::bigint AS ${COLUMN_OF[b]}_fen`,
  ).join(',\n');
}

/** Sums of the bucket columns of snapshot rows. */
export function bucketSumsSql(alias: string): string {
  return BUCKET_COLUMNS.map((column) => `coalesce(sum(${alias}.${column}), 0)::bigint AS ${column}`).join(', ');
}

export type BucketRow = Record<string, string | number | null>;

/** Reads the bucket columns of a result row (bigint arrives as a string). */
export function figuresOf(row: BucketRow): AgingFigures {
  const figures = emptyFigures();
  for (const bucket of AGING_BUCKETS) {
    figures.counts[bucket] = Number(row[`${COLUMN_OF[bucket]}_count`] ?? 0);
    figures.amounts[bucket] = Money.ofFen(String(row[`${COLUMN_OF[bucket]}_fen`] ?? 0));
  }
  return figures;
}

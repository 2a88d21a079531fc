import { DateField, EnumField, IntField, ListField, MoneyField, TextField } from '@gqt/platform';
import { NextCursorField } from '../common/fields';
import {
  AGING_BUCKETS,
  AGING_GROUPS,
  AGING_SOURCES,
  totalAmount,
  totalCount,
  type AgingBucket,
  type AgingFigures,
  type AgingGroup,
  type AgingGroupFigures,
  type AgingReport,
  type AgingSource,
} from '@gqt/monitoring';

// Receivables counted in one report: far beyond any real portfolio, a bound for clients.
const MAX_COUNT = 1_000_000_000;

/** Receivables per aging bucket, by days overdue. */
export class AgingCounts {
  /** Not past the due date. @example 12 */
  @IntField(0, MAX_COUNT)
  notDue!: number;

  /** 1 to 30 days overdue. @example 4 */
  @IntField(0, MAX_COUNT)
  d1_30!: number;

  /** 31 to 60 days overdue. @example 2 */
  @IntField(0, MAX_COUNT)
  d31_60!: number;

  /** 61 to 90 days overdue. @example 1 */
  @IntField(0, MAX_COUNT)
  d61_90!: number;

  /** More than 90 days overdue. @example 1 */
  @IntField(0, MAX_COUNT)
  d90plus!: number;
}

/** Outstanding money per aging bucket (yuan, two decimals). */
export class AgingAmounts {
  /** @example "1250000.00" */
  @MoneyField()
  notDue!: string;

  /** @example "300000.00" */
  @MoneyField()
  d1_30!: string;

  /** @example "120000.50" */
  @MoneyField()
  d31_60!: string;

  /** @example "80000.00" */
  @MoneyField()
  d61_90!: string;

  /** @example "45000.00" */
  @MoneyField()
  d90plus!: string;
}

export class AgingFiguresResponse {
  counts!: AgingCounts;

  amounts!: AgingAmounts;

  /** The sum of the counts. @example 20 */
  totalCount!: number;

  /** The sum of the amounts: everything outstanding. @example "1795000.50" */
  @MoneyField()
  totalAmount!: string;

  static fields(figures: AgingFigures): AgingFiguresResponse {
    const counts = {} as Record<AgingBucket, number>;
    const amounts = {} as Record<AgingBucket, string>;
    for (const bucket of AGING_BUCKETS) {
      counts[bucket] = figures.counts[bucket];
      amounts[bucket] = figures.amounts[bucket].toString();
    }
    return { counts, amounts, totalCount: totalCount(figures), totalAmount: totalAmount(figures).toString() };
  }
}

export class AgingItemResponse extends AgingFiguresResponse {
  /** The city code, the debtor's id or the industry. @example "450200" */
  @TextField(36, { pattern: /^[A-Za-z0-9_-]+$/ })
  key!: string;

  /** The city's or debtor's name, or the industry's Chinese name. @example "柳州市" */
  @TextField(200)
  label!: string;

  static of(group: AgingGroupFigures): AgingItemResponse {
    return { key: group.key, label: group.label, ...AgingFiguresResponse.fields(group.figures) };
  }
}

export class AgingReportResponse {
  /** @example "city" */
  @EnumField(AGING_GROUPS, 'AgingGroup')
  groupBy!: AgingGroup;

  /** @example "2026-11-30" */
  @DateField()
  asOf!: string;

  /** LIVE (today), SNAPSHOT (that day's snapshot) or COMPUTED (a past day without one, from business dates). */
  @EnumField(AGING_SOURCES, 'AgingSource')
  source!: AgingSource;

  @ListField({ maxItems: 200, of: AgingItemResponse })
  items!: AgingItemResponse[];

  @NextCursorField()
  nextCursor!: string | null;

  static of(report: AgingReport): AgingReportResponse {
    return {
      groupBy: report.groupBy,
      asOf: report.asOf,
      source: report.source,
      items: report.items.map(AgingItemResponse.of),
      nextCursor: report.nextCursor,
    };
  }
}

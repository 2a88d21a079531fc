import {
  AGING_BUCKETS,
  overdueAmount,
  totalAmount,
  totalCount,
  type AgingFigures,
  type AgingGroupFigures,
  type DailyFigures,
  type OverdueItem,
  type Scorecard,
} from '@gqt/monitoring';
import type { Column, Table } from '@gqt/platform';

// Exports use the JSON field names as column headers, so a CSV and the API read alike; names and
// labels are UTF-8 (with a byte-order mark for Excel) and keep their Chinese characters.

function bucketColumns<Row>(figuresOf: (row: Row) => AgingFigures): Column<Row>[] {
  return [
    ...AGING_BUCKETS.flatMap((bucket): Column<Row>[] => [
      { header: `${bucket}Count`, value: (row) => figuresOf(row).counts[bucket] },
      { header: `${bucket}Amount`, value: (row) => figuresOf(row).amounts[bucket].toString() },
    ]),
    { header: 'totalCount', value: (row) => totalCount(figuresOf(row)) },
    { header: 'totalAmount', value: (row) => totalAmount(figuresOf(row)).toString() },
  ];
}

export const overdueTable = (asOf: string, rows: AsyncIterable<OverdueItem>): Table<OverdueItem> => ({
  name: `overdue-${asOf}`,
  rows,
  columns: [
    { header: 'receivableId', value: (r) => r.receivableId },
    { header: 'contractNo', value: (r) => r.contractNo },
    { header: 'creditorName', value: (r) => r.creditor.name },
    { header: 'creditorCityCode', value: (r) => r.creditor.cityCode },
    { header: 'debtorName', value: (r) => r.debtor.name },
    { header: 'debtorCityCode', value: (r) => r.debtor.cityCode },
    { header: 'debtorIndustry', value: (r) => r.debtor.industry },
    { header: 'confirmedAmount', value: (r) => r.confirmedAmount.toString() },
    { header: 'outstandingAmount', value: (r) => r.outstandingAmount.toString() },
    { header: 'deliveryDate', value: (r) => r.deliveryDate },
    { header: 'dueDate', value: (r) => r.dueDate },
    { header: 'daysOverdue', value: (r) => r.daysOverdue },
    { header: 'bucket', value: (r) => r.bucket },
    { header: 'lateInterest', value: (r) => r.lateInterest.toString() },
    { header: 'lateInterestRate', value: (r) => r.lateInterestRate },
    { header: 'interestBasis', value: (r) => r.interestBasis },
    { header: 'asOf', value: (r) => r.asOf },
  ],
});

export const agingTable = (
  groupBy: string,
  asOf: string,
  rows: AsyncIterable<AgingGroupFigures>,
): Table<AgingGroupFigures> => ({
  name: `aging-by-${groupBy}-${asOf}`,
  rows,
  columns: [
    { header: 'key', value: (g) => g.key },
    { header: 'label', value: (g) => g.label },
    ...bucketColumns<AgingGroupFigures>((g) => g.figures),
  ],
});

export const trendTable = (name: string, rows: DailyFigures[]): Table<DailyFigures> => ({
  name,
  rows,
  columns: [{ header: 'date', value: (d) => d.date }, ...bucketColumns<DailyFigures>((d) => d.figures)],
});

interface Metric {
  metric: string;
  value: string | number | null;
}

/** A scorecard as one metric per row, its daily trend last. */
export function scorecardTable(card: Scorecard): Table<Metric> {
  const rows: Metric[] = [
    { metric: 'debtorId', value: card.debtor.id },
    { metric: 'debtorName', value: card.debtor.name },
    { metric: 'debtorCityCode', value: card.debtor.cityCode },
    { metric: 'debtorIndustry', value: card.debtor.industry },
    { metric: 'asOf', value: card.asOf },
    { metric: 'outstandingCount', value: card.outstandingCount },
    { metric: 'outstandingAmount', value: card.outstandingAmount.toString() },
    { metric: 'overdueCount', value: card.overdueCount },
    { metric: 'overdueAmount', value: card.overdueAmount.toString() },
    { metric: 'confirmedCount', value: card.confirmedCount },
    { metric: 'averageDaysToConfirm', value: card.averageDaysToConfirm },
    { metric: 'settledCount', value: card.settledCount },
    { metric: 'averageDaysToPay', value: card.averageDaysToPay },
    { metric: 'onTimePaymentRate', value: card.onTimePaymentRate },
    { metric: 'lateInterest', value: card.lateInterest.toString() },
    { metric: 'flaggedPaymentTermsThresholdDays', value: card.flaggedPaymentTerms.thresholdDays },
    { metric: 'flaggedPaymentTermsCount', value: card.flaggedPaymentTerms.count },
    { metric: 'flaggedPaymentTermsLongestDays', value: card.flaggedPaymentTerms.longestDays },
    ...card.trend.flatMap((day): Metric[] => [
      { metric: `trend.${day.date}.totalAmount`, value: totalAmount(day.figures).toString() },
      { metric: `trend.${day.date}.overdueAmount`, value: overdueAmount(day.figures).toString() },
    ]),
  ];
  return {
    name: `scorecard-${card.debtor.id}-${card.asOf}`,
    rows,
    columns: [
      { header: 'metric', value: (m) => m.metric },
      { header: 'value', value: (m) => m.value },
    ],
  };
}

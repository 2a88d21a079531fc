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
import { AGING_BUCKET_NAMES, INDUSTRY_NAMES, cityName, type Industry } from '@gqt/contracts';
import type { Column, Table, TableLanguage } from '@gqt/platform';

// For programs (no Accept-Language) exports use the JSON field names as column headers, so a CSV
// and the API read alike. For people (Accept-Language) headers are in their language and names
// stand beside codes (city, industry, aging bucket). Text is UTF-8 with a byte-order mark for Excel.

const L = (zh: string, en: string): Record<TableLanguage, string> => ({ 'zh-CN': zh, en });
const named = <Row>(
  header: string,
  label: Record<TableLanguage, string>,
  name: (row: Row, language: TableLanguage) => string,
): Column<Row> => ({
  header,
  label,
  readerOnly: true,
  value: (row, language) => name(row, language ?? 'zh-CN'),
});
const INTEREST_BASIS_NAMES: Record<TableLanguage, Record<string, string>> = {
  'zh-CN': { AGREED: '约定利率', STATUTORY: '法定每日万分之五' },
  en: { AGREED: 'agreed rate', STATUTORY: 'statutory 0.05 % a day' },
};
const industryName = (industry: string, language: TableLanguage) =>
  INDUSTRY_NAMES[language][industry as Industry] ?? industry;

function bucketColumns<Row>(figuresOf: (row: Row) => AgingFigures): Column<Row>[] {
  return [
    ...AGING_BUCKETS.flatMap((bucket): Column<Row>[] => [
      {
        header: `${bucket}Count`,
        label: L(`${AGING_BUCKET_NAMES['zh-CN'][bucket]}笔数`, `${AGING_BUCKET_NAMES.en[bucket]}: count`),
        value: (row) => figuresOf(row).counts[bucket],
      },
      {
        header: `${bucket}Amount`,
        label: L(`${AGING_BUCKET_NAMES['zh-CN'][bucket]}金额（元）`, `${AGING_BUCKET_NAMES.en[bucket]}: amount (yuan)`),
        value: (row) => figuresOf(row).amounts[bucket].toString(),
      },
    ]),
    { header: 'totalCount', label: L('合计笔数', 'Total count'), value: (row) => totalCount(figuresOf(row)) },
    {
      header: 'totalAmount',
      label: L('合计金额（元）', 'Total amount (yuan)'),
      value: (row) => totalAmount(figuresOf(row)).toString(),
    },
  ];
}

export const overdueTable = (asOf: string, rows: AsyncIterable<OverdueItem>): Table<OverdueItem> => ({
  name: `overdue-${asOf}`,
  rows,
  columns: [
    { header: 'receivableId', label: L('应收账款 ID', 'Receivable ID'), value: (r) => r.receivableId },
    { header: 'contractNo', label: L('合同编号', 'Contract no.'), value: (r) => r.contractNo },
    { header: 'creditorName', label: L('债权人', 'Creditor'), value: (r) => r.creditor.name },
    named('creditorCity', L('债权人所在市', 'Creditor city'), (r, language) => cityName(r.creditor.cityCode, language)),
    { header: 'creditorCityCode', label: L('债权人城市代码', 'Creditor city code'), value: (r) => r.creditor.cityCode },
    { header: 'debtorName', label: L('债务人', 'Debtor'), value: (r) => r.debtor.name },
    named('debtorCity', L('债务人所在市', 'Debtor city'), (r, language) => cityName(r.debtor.cityCode, language)),
    { header: 'debtorCityCode', label: L('债务人城市代码', 'Debtor city code'), value: (r) => r.debtor.cityCode },
    named('debtorIndustryName', L('债务人行业', 'Debtor industry'), (r, language) =>
      industryName(r.debtor.industry, language),
    ),
    { header: 'debtorIndustry', label: L('行业代码', 'Industry code'), value: (r) => r.debtor.industry },
    {
      header: 'confirmedAmount',
      label: L('确权金额（元）', 'Confirmed (yuan)'),
      value: (r) => r.confirmedAmount.toString(),
    },
    {
      header: 'outstandingAmount',
      label: L('未付金额（元）', 'Outstanding (yuan)'),
      value: (r) => r.outstandingAmount.toString(),
    },
    { header: 'deliveryDate', label: L('交付日期', 'Delivery date'), value: (r) => r.deliveryDate },
    { header: 'dueDate', label: L('到期日', 'Due date'), value: (r) => r.dueDate },
    { header: 'daysOverdue', label: L('逾期天数', 'Days overdue'), value: (r) => r.daysOverdue },
    named('bucketName', L('账龄', 'Aging'), (r, language) => AGING_BUCKET_NAMES[language][r.bucket]),
    { header: 'bucket', label: L('账龄代码', 'Aging code'), value: (r) => r.bucket },
    {
      header: 'lateInterest',
      label: L('逾期利息（元）', 'Late interest (yuan)'),
      value: (r) => r.lateInterest.toString(),
    },
    { header: 'lateInterestRate', label: L('逾期利率', 'Late-interest rate'), value: (r) => r.lateInterestRate },
    {
      header: 'interestBasis',
      label: L('计息依据', 'Interest basis'),
      value: (r, language) =>
        language === null ? r.interestBasis : (INTEREST_BASIS_NAMES[language][r.interestBasis] ?? r.interestBasis),
    },
    { header: 'asOf', label: L('统计日', 'As of'), value: (r) => r.asOf },
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
    { header: 'key', label: L('代码', 'Code'), value: (g) => g.key },
    {
      header: 'label',
      label: L('名称', 'Name'),
      // A city or an industry by its name in the reader's language; a debtor by its own name.
      value: (g, language) =>
        language === null
          ? g.label
          : groupBy === 'city'
            ? cityName(g.key, language)
            : groupBy === 'industry'
              ? industryName(g.key, language)
              : g.label,
    },
    ...bucketColumns<AgingGroupFigures>((g) => g.figures),
  ],
});

export const trendTable = (name: string, rows: DailyFigures[]): Table<DailyFigures> => ({
  name,
  rows,
  columns: [
    { header: 'date', label: L('日期', 'Date'), value: (d) => d.date },
    ...bucketColumns<DailyFigures>((d) => d.figures),
  ],
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
      { header: 'metric', label: L('指标', 'Metric'), value: (m) => m.metric },
      { header: 'value', label: L('数值', 'Value'), value: (m) => m.value },
    ],
  };
}

import { DateField, ListField, MoneyField, RateField } from '@gqt/platform';
import type { Scorecard } from '@gqt/monitoring';
import { MonitoredDebtorResponse } from './overdue.response';
import { DailyFiguresResponse } from './trend.response';

export class FlaggedPaymentTermsResponse {
  /** Terms longer than this many days are flagged (SME Payment Regulation art. 9). @example 60 */
  thresholdDays!: number;

  /** Receivables with a longer term (delivery to due date). @example 3 */
  count!: number;

  /** @example 120 */
  longestDays!: number | null;
}

export class ScorecardResponse {
  debtor!: MonitoredDebtorResponse;

  /** @example "2026-11-30" */
  @DateField()
  asOf!: string;

  /** Confirmed receivables with money outstanding. @example 14 */
  outstandingCount!: number;

  /** @example "1795000.50" */
  @MoneyField()
  outstandingAmount!: string;

  /** @example 4 */
  overdueCount!: number;

  /** @example "545000.50" */
  @MoneyField()
  overdueAmount!: string;

  /** Receivables confirmed so far. @example 40 */
  confirmedCount!: number;

  /** From registration to confirmation, in days (one decimal). @example 2.4 */
  averageDaysToConfirm!: number | null;

  /** Receivables paid in full. @example 26 */
  settledCount!: number;

  /** From delivery to the last payment, in days (one decimal). @example 58.5 */
  averageDaysToPay!: number | null;

  /** Paid in full by the due date, out of everything that has fallen due (settled, or overdue now). @example "0.8667" */
  @RateField()
  onTimePaymentRate!: string | null;

  /** Interest accrued on everything paid late or still overdue, to today. @example "12345.67" */
  @MoneyField()
  lateInterest!: string;

  flaggedPaymentTerms!: FlaggedPaymentTermsResponse;

  /** The debtor's aging over the last 30 days with a snapshot. */
  @ListField({ maxItems: 366, of: DailyFiguresResponse })
  trend!: DailyFiguresResponse[];

  static of(card: Scorecard): ScorecardResponse {
    return {
      ...card,
      outstandingAmount: card.outstandingAmount.toString(),
      overdueAmount: card.overdueAmount.toString(),
      lateInterest: card.lateInterest.toString(),
      trend: card.trend.map(DailyFiguresResponse.of),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { Money, addDays, startOfShanghaiDay, type BusinessDate } from '@gqt/kernel';
import { ReceivableStatisticsRepository } from './receivable-statistics.repository';

/** What one debtor's receivables show for a year, up to a day (for the core-enterprise reward evaluation). */
export interface DebtorYearStatistics {
  debtorId: string;
  /** Distinct creditors (suppliers; only SMEs register receivables) whose receivables it confirmed. */
  suppliers: number;
  confirmedCount: number;
  confirmedAmount: Money;
  /** Total time from registration to confirmation over those receivables. */
  confirmationMillis: bigint;
  /** Days overdue on `asOf` of its most overdue confirmed receivable with money outstanding; 0 when none. */
  maxDaysOverdue: number;
}

/** Read-only statistics over receivables for other contexts, which never query these tables themselves. */
@Injectable()
export class ReceivableStatisticsService {
  constructor(private readonly statistics: ReceivableStatisticsRepository) {}

  /**
   * Each debtor's confirmations from 1 January of `year` through `asOf` (Shanghai calendar), and
   * its most overdue confirmed receivable on `asOf`.
   */
  async debtorYear(debtorIds: string[], year: number, asOf: BusinessDate): Promise<Map<string, DebtorYearStatistics>> {
    const rows = await this.statistics.debtorConfirmations(
      debtorIds,
      startOfShanghaiDay(`${year}-01-01`),
      startOfShanghaiDay(addDays(asOf, 1)),
      asOf,
    );
    return new Map(
      rows.map((row) => [
        row.debtor_id,
        {
          debtorId: row.debtor_id,
          suppliers: row.suppliers,
          confirmedCount: row.confirmed_count,
          confirmedAmount: Money.parse(row.confirmed_amount),
          confirmationMillis: BigInt(row.confirmation_ms),
          maxDaysOverdue: row.max_days_overdue,
        },
      ]),
    );
  }
}

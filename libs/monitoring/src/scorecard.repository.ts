import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Money, type BusinessDate } from '@gqt/kernel';
import { SqlParams } from '@gqt/platform';
import type { OverdueDebt, Payment } from './domain/late-interest';
import { LONG_PAYMENT_TERM_DAYS } from './domain/payment-terms';
import { scopeSql, type MonitoringScope } from './monitoring-scope';
import { LIVE_SQL, bucketSumsSql, type BucketRow } from './sql';

export interface ScorecardFigures {
  open_count: string;
  open_fen: string;
  overdue_count: string;
  overdue_fen: string;
  confirmed_count: string;
  /** Average seconds from registration to confirmation. */
  confirm_seconds: string | null;
  settled_count: string;
  settled_on_time: string;
  /** Average days from delivery to settlement. */
  pay_days: string | null;
  long_terms: string;
  longest_term: number | null;
}

/** The figures of one debtor's payment scorecard, within the caller's scope. */
@Injectable()
export class ScorecardRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private query<T>(sql: string, params: unknown[]): Promise<T> {
    return this.txHost.tx.query<T>(sql, params);
  }

  async figures(debtorId: string, scope: MonitoringScope, today: BusinessDate): Promise<ScorecardFigures> {
    const params = new SqlParams();
    const debtor = params.add(debtorId);
    const day = params.add(today);
    const scoped = scopeSql(scope, 'r', params);
    const settled = `r.status = 'SETTLED' AND r.confirmed_fen IS NOT NULL`;
    const [row] = await this.query<ScorecardFigures[]>(
      `SELECT count(*) FILTER (WHERE ${LIVE_SQL('r')}) AS open_count,
              coalesce(sum(r.outstanding_fen) FILTER (WHERE ${LIVE_SQL('r')}), 0) AS open_fen,
              count(*) FILTER (WHERE ${LIVE_SQL('r')} AND r.due_date < ${day}) AS overdue_count,
              coalesce(sum(r.outstanding_fen) FILTER (WHERE ${LIVE_SQL('r')} AND r.due_date < ${day}), 0) AS overdue_fen,
              count(*) FILTER (WHERE r.confirmed_at IS NOT NULL AND r.registered_at IS NOT NULL) AS confirmed_count,
              avg(extract(epoch FROM r.confirmed_at - r.registered_at))
                FILTER (WHERE r.confirmed_at IS NOT NULL AND r.registered_at IS NOT NULL) AS confirm_seconds,
              count(*) FILTER (WHERE ${settled}) AS settled_count,
              count(*) FILTER (WHERE ${settled} AND r.settled_on <= r.due_date) AS settled_on_time,
              avg(r.settled_on - r.delivery_date) FILTER (WHERE ${settled} AND r.delivery_date IS NOT NULL) AS pay_days,
              count(*) FILTER (WHERE r.status <> 'CANCELLED' AND r.due_date - r.delivery_date > ${LONG_PAYMENT_TERM_DAYS})
                AS long_terms,
              max(r.due_date - r.delivery_date) FILTER (WHERE r.status <> 'CANCELLED') AS longest_term
         FROM monitoring_receivables r
        WHERE r.debtor_id = ${debtor}${scoped ? ` AND ${scoped}` : ''}`,
      params.values,
    );
    return row;
  }

  /**
   * The debtor's confirmed receivables that were past due at some point by `today`, with their
   * payments: what late interest accrued on. Read from the debtor index and the payments index.
   */
  async accruingDebts(debtorId: string, scope: MonitoringScope, today: BusinessDate): Promise<OverdueDebt[]> {
    const params = new SqlParams();
    const debtor = params.add(debtorId);
    const day = params.add(today);
    const scoped = scopeSql(scope, 'r', params);
    const rows = await this.query<
      {
        receivable_id: string;
        confirmed_fen: string;
        due_date: string;
        late_interest_rate: string | null;
        settled_on: string | null;
        amount_fen: string | null;
        paid_on: string | null;
      }[]
    >(
      `SELECT r.receivable_id, r.confirmed_fen, r.due_date, r.late_interest_rate, r.settled_on, p.amount_fen, p.paid_on
         FROM monitoring_receivables r
         LEFT JOIN monitoring_payments p ON p.receivable_id = r.receivable_id
        WHERE r.debtor_id = ${debtor} AND r.status IN ('CONFIRMED', 'SETTLED') AND r.confirmed_fen IS NOT NULL
          AND r.due_date < ${day} AND (r.settled_on IS NULL OR r.settled_on > r.due_date)${scoped ? ` AND ${scoped}` : ''}`,
      params.values,
    );
    const debts = new Map<string, OverdueDebt & { payments: Payment[] }>();
    for (const row of rows) {
      let debt = debts.get(row.receivable_id);
      if (!debt) {
        debt = {
          confirmedAmount: Money.ofFen(row.confirmed_fen),
          dueDate: row.due_date,
          lateInterestRate: row.late_interest_rate,
          settledOn: row.settled_on,
          payments: [],
        };
        debts.set(row.receivable_id, debt);
      }
      if (row.amount_fen !== null && row.paid_on !== null) {
        debt.payments.push({ amount: Money.ofFen(row.amount_fen), paidOn: row.paid_on });
      }
    }
    return [...debts.values()];
  }

  /** The debtor's daily aging from the snapshots of these days. */
  async daily(
    debtorId: string,
    scope: MonitoringScope,
    from: BusinessDate,
    to: BusinessDate,
  ): Promise<(BucketRow & { date: string })[]> {
    const params = new SqlParams();
    const debtor = params.add(debtorId);
    const first = params.add(from);
    const last = params.add(to);
    const scoped = scopeSql(scope.kind === 'ENTERPRISE' ? { kind: 'ALL' } : scope, 's', params);
    return this.query(
      `SELECT d.snapshot_date AS date, ${bucketSumsSql('s')}
         FROM monitoring_snapshot_days d
         LEFT JOIN monitoring_aging_snapshots s ON s.snapshot_date = d.snapshot_date AND s.debtor_id = ${debtor}
              ${scoped ? ` AND ${scoped}` : ''}
        WHERE d.snapshot_date BETWEEN ${first} AND ${last}
        GROUP BY d.snapshot_date ORDER BY d.snapshot_date`,
      params.values,
    );
  }
}

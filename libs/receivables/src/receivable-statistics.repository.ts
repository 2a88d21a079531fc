import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

export interface DebtorStatisticsRow {
  debtor_id: string;
  suppliers: number;
  confirmed_count: number;
  confirmed_amount: string;
  confirmation_ms: string;
  max_days_overdue: number;
}

/** Read-only figures over receivables for other contexts' reports; writes nothing. */
@Injectable()
export class ReceivableStatisticsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /**
   * Per debtor: what it confirmed between two instants (distinct creditors, count, amount, total
   * time from registration to confirmation), and the days overdue on `asOf` of its most overdue
   * receivable confirmed before `until` that still had money outstanding that day (payments count
   * from their paidOn). Every debtor asked about gets a row, with zeros when it has nothing.
   * Confirmations are the roots' (a piece of a split receivable is not confirmed again, and its
   * holder is not the debtor's supplier); overdue money is each piece's, less what it passed on,
   * which was before its due date (api-contract.md § Transfer and split).
   */
  async debtorConfirmations(
    debtorIds: string[],
    from: Date,
    until: Date,
    asOf: string,
  ): Promise<DebtorStatisticsRow[]> {
    if (debtorIds.length === 0) return [];
    return this.txHost.tx.query(
      `WITH confirmed AS (
         SELECT r.debtor_id,
                count(DISTINCT r.creditor_id)::int AS suppliers,
                count(*)::int AS confirmed_count,
                sum(r.confirmed_amount) AS confirmed_amount,
                sum(floor(extract(epoch FROM r.confirmed_at - r.created_at) * 1000)) AS confirmation_ms
           FROM receivables r
          WHERE r.debtor_id = ANY($1::uuid[]) AND r.confirmed_amount IS NOT NULL AND r.parent_id IS NULL
            AND r.confirmed_at >= $2 AND r.confirmed_at < $3
          GROUP BY r.debtor_id
       ), overdue AS (
         SELECT r.debtor_id, max($4::date - r.due_date)::int AS max_days_overdue
           FROM receivables r
          WHERE r.debtor_id = ANY($1::uuid[]) AND r.confirmed_amount IS NOT NULL
            AND r.confirmed_at < $3 AND r.due_date < $4::date
            AND r.confirmed_amount - r.transferred_amount > coalesce(
                  (SELECT sum(p.amount) FROM receivable_payments p WHERE p.receivable_id = r.id AND p.paid_on <= $4::date), 0)
          GROUP BY r.debtor_id
       )
       SELECT d.debtor_id,
              coalesce(c.suppliers, 0) AS suppliers,
              coalesce(c.confirmed_count, 0) AS confirmed_count,
              coalesce(c.confirmed_amount, 0)::numeric(18, 2)::text AS confirmed_amount,
              coalesce(c.confirmation_ms, 0)::bigint::text AS confirmation_ms,
              coalesce(o.max_days_overdue, 0) AS max_days_overdue
         FROM unnest($1::uuid[]) AS d (debtor_id)
         LEFT JOIN confirmed c USING (debtor_id)
         LEFT JOIN overdue o USING (debtor_id)`,
      [debtorIds, from, until, asOf],
    );
  }
}

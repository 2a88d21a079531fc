import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Money, addDays, type BusinessDate } from '@gqt/kernel';
import { SqlParams } from '@gqt/platform';
import type { Payment } from './domain/late-interest';
import type { MonitoredReceivable } from './domain/monitored-receivable';
import { receivableOf, type ReceivableRow } from './receivable-row';
import { scopeSql, type MonitoringScope } from './monitoring-scope';
import { LIVE_SQL } from './sql';

export interface OverdueFilter {
  cityCode?: string;
  debtorId?: string;
  creditorId?: string;
  industry?: string;
  minDaysOverdue?: number;
}

/** Where a page starts: after this due date and receivable id. */
export interface OverduePosition {
  dueDate: BusinessDate;
  receivableId: string;
}

export interface OverdueRequest {
  scope: MonitoringScope;
  filter: OverdueFilter;
  asOf: BusinessDate;
  /** Today's list reads live rows; a past day's is computed from business dates. */
  live: boolean;
  after?: OverduePosition;
  limit: number;
}

export interface OverdueRecord {
  receivable: MonitoredReceivable;
  creditorName: string;
  debtorName: string;
  payments: Payment[];
}

/** Overdue receivables, most overdue first, with their payments. */
@Injectable()
export class OverdueRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async page(request: OverdueRequest): Promise<OverdueRecord[]> {
    const params = new SqlParams();
    const asOf = params.add(request.asOf);
    const conditions = request.live
      ? [LIVE_SQL('r'), `r.due_date < ${asOf}`]
      : [
          // The same predicate as the index of receivables that were ever overdue.
          `r.status IN ('CONFIRMED', 'SETTLED') AND (r.settled_on IS NULL OR r.settled_on > r.due_date)`,
          `r.confirmed_fen IS NOT NULL`,
          `r.due_date < ${asOf}`,
          `coalesce(r.settled_on, 'infinity'::date) > ${asOf}`,
          `(r.delivery_date IS NULL OR r.delivery_date <= ${asOf})`,
          `r.confirmed_fen > coalesce((SELECT sum(p.amount_fen) FROM monitoring_payments p
                                        WHERE p.receivable_id = r.receivable_id AND p.paid_on <= ${asOf}), 0)`,
        ];
    const { filter } = request;
    if (filter.minDaysOverdue !== undefined) {
      conditions.push(`r.due_date <= ${params.add(addDays(request.asOf, -filter.minDaysOverdue))}`);
    }
    if (filter.cityCode !== undefined) {
      const city = params.add(filter.cityCode);
      conditions.push(`(r.creditor_city_code = ${city} OR r.debtor_city_code = ${city})`);
    }
    if (filter.debtorId !== undefined) conditions.push(`r.debtor_id = ${params.add(filter.debtorId)}`);
    if (filter.creditorId !== undefined) conditions.push(`r.creditor_id = ${params.add(filter.creditorId)}`);
    if (filter.industry !== undefined) conditions.push(`r.debtor_industry = ${params.add(filter.industry)}`);
    const scope = scopeSql(request.scope, 'r', params);
    if (scope) conditions.push(scope);
    if (request.after) {
      const due = params.add(request.after.dueDate);
      const id = params.add(request.after.receivableId);
      conditions.push(`r.due_date >= ${due} AND (r.due_date > ${due} OR r.receivable_id > ${id})`);
    }
    const rows = await this.txHost.tx.query<(ReceivableRow & Names)[]>(
      `SELECT r.*, cp.name AS creditor_name, dp.name AS debtor_name
         FROM monitoring_receivables r
         LEFT JOIN monitoring_parties cp ON cp.enterprise_id = r.creditor_id
         LEFT JOIN monitoring_parties dp ON dp.enterprise_id = r.debtor_id
        WHERE ${conditions.join(' AND ')}
        ORDER BY r.due_date, r.receivable_id
        LIMIT ${params.add(request.limit + 1)}`,
      params.values,
    );
    const payments = await this.paymentsOf(rows.map((row) => row.receivable_id));
    return rows.map((row) => ({
      receivable: receivableOf(row),
      creditorName: row.creditor_name ?? row.creditor_id,
      debtorName: row.debtor_name ?? row.debtor_id,
      payments: payments.get(row.receivable_id) ?? [],
    }));
  }

  /** The payments of these receivables, by receivable. */
  async paymentsOf(receivableIds: string[]): Promise<Map<string, Payment[]>> {
    const byReceivable = new Map<string, Payment[]>();
    if (receivableIds.length === 0) return byReceivable;
    const rows = await this.txHost.tx.query<{ receivable_id: string; amount_fen: string; paid_on: string }[]>(
      `SELECT receivable_id, amount_fen, paid_on FROM monitoring_payments
        WHERE receivable_id = ANY($1::uuid[]) ORDER BY paid_on`,
      [receivableIds],
    );
    for (const row of rows) {
      const list = byReceivable.get(row.receivable_id) ?? [];
      list.push({ amount: Money.ofFen(row.amount_fen), paidOn: row.paid_on });
      byReceivable.set(row.receivable_id, list);
    }
    return byReceivable;
  }
}

interface Names {
  creditor_name: string | null;
  debtor_name: string | null;
}

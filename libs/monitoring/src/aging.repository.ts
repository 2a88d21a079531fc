import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { BusinessDate } from '@gqt/kernel';
import { SqlParams } from '@gqt/platform';
import type { MonitoringScope } from './monitoring-scope';
import { scopeSql } from './monitoring-scope';
import { openOnSql } from './snapshots.repository';
import { LIVE_SQL, bucketAggregatesSql, bucketIndexSql, bucketSumsSql, type BucketRow } from './sql';

export const AGING_GROUPS = ['city', 'debtor', 'industry'] as const;
export type AgingGroup = (typeof AGING_GROUPS)[number];

/** Which column a group is keyed by: the debtor's city, the debtor, the debtor's industry. */
const KEY_COLUMN: Record<AgingGroup, string> = {
  city: 'debtor_city_code',
  debtor: 'debtor_id',
  industry: 'debtor_industry',
};

export interface AgingPageRequest {
  group: AgingGroup;
  scope: MonitoringScope;
  asOf: BusinessDate;
  /** The last key of the previous page. */
  after?: string;
  limit: number;
}

export type AgingRow = BucketRow & { key: string };

/** Aging figures per group: live from the read model, from a day's snapshot, or from business dates. */
@Injectable()
export class AgingRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /**
   * Today's aging from the live receivables. Region-wide aging by city or industry reads the
   * totals per due date; everything else reads live rows through the partial indexes, a city
   * regulator's as two index ranges.
   */
  async live(request: AgingPageRequest): Promise<AgingRow[]> {
    const params = new SqlParams();
    const asOf = params.add(request.asOf);
    if (request.group !== 'debtor' && request.scope.kind === 'ALL') {
      const grouping = params.add(request.group);
      const totals = `(SELECT group_key AS key, due_date, receivables AS n, outstanding_fen AS fen
                         FROM monitoring_open_totals WHERE grouping = ${grouping} AND receivables > 0)`;
      return this.bucketed(params, totals, asOf, request);
    }
    const rows = this.liveRows(request.scope, params);
    return this.bucketed(params, perDueDate(rows, KEY_COLUMN[request.group], 'true'), asOf, request);
  }

  /** Live rows within the scope; a city's as two index ranges (debtors in it, then creditors in it). */
  private liveRows(scope: MonitoringScope, params: SqlParams): string {
    const columns = 'r.debtor_id, r.debtor_city_code, r.debtor_industry, r.due_date, r.outstanding_fen';
    if (scope.kind === 'CITY') {
      const city = params.add(scope.cityCode);
      return `(SELECT ${columns} FROM monitoring_receivables r WHERE ${LIVE_SQL('r')} AND r.debtor_city_code = ${city}
               UNION ALL
               SELECT ${columns} FROM monitoring_receivables r WHERE ${LIVE_SQL('r')} AND r.creditor_city_code = ${city}
                  AND r.debtor_city_code <> ${city})`;
    }
    const condition = scopeSql(scope, 'r', params);
    return `(SELECT ${columns} FROM monitoring_receivables r WHERE ${LIVE_SQL('r')}${condition ? ` AND ${condition}` : ''})`;
  }

  /** A past day's aging, read from its snapshot: per debtor, or summed over debtors for cities and industries. */
  async snapshot(request: AgingPageRequest): Promise<AgingRow[]> {
    const params = new SqlParams();
    const day = params.add(request.asOf);
    const scope = scopeSql(request.scope, 's', params);
    const key = `s.${KEY_COLUMN[request.group]}`;
    const table = request.group === 'debtor' ? 'monitoring_aging_snapshots' : 'monitoring_aging_city_snapshots';
    const after = request.after === undefined ? '' : ` AND ${key} > ${params.add(request.after)}`;
    return this.txHost.tx.query<AgingRow[]>(
      `SELECT ${key} AS key, ${bucketSumsSql('s')} FROM ${table} s
        WHERE s.snapshot_date = ${day}${scope ? ` AND ${scope}` : ''}${after}
        GROUP BY ${key} ORDER BY ${key} LIMIT ${params.add(request.limit + 1)}`,
      params.values,
    );
  }

  /** A past day's aging computed from business dates, for a day that has no snapshot. */
  async computed(request: AgingPageRequest): Promise<AgingRow[]> {
    const params = new SqlParams();
    const day = params.add(request.asOf);
    const scope = scopeSql(request.scope, 'o', params);
    const rows = perDueDate(
      openOnSql(day),
      KEY_COLUMN[request.group],
      `o.outstanding_fen > 0${scope ? ` AND ${scope}` : ''}`,
    );
    return this.bucketed(params, rows, day, request);
  }

  /**
   * One page of groups in key order, spread over the buckets as of `asOf`, from `totals`: rows of
   * (key, due_date, n, fen). Bucketing totals per due date rather than single receivables keeps
   * the per-row work of a large report to one count and one sum.
   */
  private bucketed(params: SqlParams, totals: string, asOf: string, request: AgingPageRequest): Promise<AgingRow[]> {
    const bucket = bucketIndexSql('t.due_date', asOf);
    const after = request.after === undefined ? '' : `WHERE t.key > ${params.add(request.after)}`;
    return this.txHost.tx.query<AgingRow[]>(
      `SELECT t.key, ${bucketAggregatesSql(bucket, 't.n', 't.fen')} FROM ${totals} t ${after}
        GROUP BY t.key ORDER BY t.key LIMIT ${params.add(request.limit + 1)}`,
      params.values,
    );
  }
}

/** Rows of `source` (alias o) that satisfy `condition`, counted and summed per key and due date. */
function perDueDate(source: string, keyColumn: string, condition: string): string {
  return `(SELECT o.${keyColumn} AS key, o.due_date, count(*) AS n, sum(o.outstanding_fen) AS fen
             FROM ${source} o WHERE ${condition} GROUP BY 1, 2)`;
}

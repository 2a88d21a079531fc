import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { BusinessDate } from '@gqt/kernel';
import type { MonitoringScope } from './monitoring-scope';
import { scopeSql } from './monitoring-scope';
import { openOnSql } from './snapshots.repository';
import { LIVE_SQL, SqlParams, bucketAggregatesSql, bucketIndexSql, bucketSumsSql, type BucketRow } from './sql';

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
   * Today's aging from the live receivables. The region-wide aging by city reads the per-city,
   * per-due-date totals; everything else reads live rows through the partial indexes, a city
   * regulator's as two index ranges.
   */
  async live(request: AgingPageRequest): Promise<AgingRow[]> {
    const params = new SqlParams();
    const asOf = params.add(request.asOf);
    if (request.group === 'city' && request.scope.kind === 'ALL') {
      const bucket = bucketIndexSql('o.due_date', asOf);
      return this.page(
        params,
        `SELECT o.debtor_city_code AS key, ${bucketAggregatesSql(bucket, 'o.receivables', 'o.outstanding_fen')}
           FROM monitoring_open_by_due_date o WHERE o.receivables > 0`,
        'o.debtor_city_code',
        request,
      );
    }
    const source = this.liveRows(request.scope, params);
    const key = `o.${KEY_COLUMN[request.group]}`;
    const bucket = bucketIndexSql('o.due_date', asOf);
    return this.page(
      params,
      `SELECT ${key} AS key, ${bucketAggregatesSql(bucket, '1', 'o.outstanding_fen')} FROM ${source} o WHERE true`,
      key,
      request,
    );
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

  /** A past day's aging, read from its snapshot. */
  async snapshot(request: AgingPageRequest): Promise<AgingRow[]> {
    const params = new SqlParams();
    const day = params.add(request.asOf);
    const scope = scopeSql(request.scope, 's', params);
    const key = `s.${KEY_COLUMN[request.group]}`;
    return this.page(
      params,
      `SELECT ${key} AS key, ${bucketSumsSql('s')} FROM monitoring_aging_snapshots s
        WHERE s.snapshot_date = ${day}${scope ? ` AND ${scope}` : ''}`,
      key,
      request,
    );
  }

  /** A past day's aging computed from business dates, for a day that has no snapshot. */
  async computed(request: AgingPageRequest): Promise<AgingRow[]> {
    const params = new SqlParams();
    const day = params.add(request.asOf);
    const scope = scopeSql(request.scope, 'o', params);
    const key = `o.${KEY_COLUMN[request.group]}`;
    const bucket = bucketIndexSql('o.due_date', day);
    return this.page(
      params,
      `SELECT ${key} AS key, ${bucketAggregatesSql(bucket, '1', 'o.outstanding_fen')} FROM ${openOnSql(day)} o
        WHERE o.outstanding_fen > 0${scope ? ` AND ${scope}` : ''}`,
      key,
      request,
    );
  }

  /** One page of groups in key order: `select` ends in a WHERE clause that the page extends. */
  private page(params: SqlParams, select: string, key: string, request: AgingPageRequest): Promise<AgingRow[]> {
    const after = request.after === undefined ? '' : ` AND ${key} > ${params.add(request.after)}`;
    const limit = params.add(request.limit + 1);
    return this.txHost.tx.query<AgingRow[]>(
      `${select}${after} GROUP BY ${key} ORDER BY ${key} LIMIT ${limit}`,
      params.values,
    );
  }
}

import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { BusinessDate } from '@gqt/kernel';
import { REGION_CODE } from '@gqt/platform';
import { BUCKET_COLUMNS, bucketAggregatesSql, bucketIndexSql, bucketSumsSql, type BucketRow } from './sql';

export interface SnapshotDay {
  date: BusinessDate;
  stale: boolean;
}

/**
 * Confirmed receivables as they stood at the end of a day, computed from business dates
 * (api-contract.md § Monitoring): delivered by then, not settled by then, less the payments made
 * and the pieces passed on on or before it; a piece from the day it was split off (§ Transfer and
 * split), so that a tree's money counts once on every day. Columns: debtor and creditor ids and
 * cities, industry, due date, outstanding fen. `day` is the SQL placeholder of that day.
 */
export function openOnSql(day: string): string {
  return `(SELECT r.receivable_id, r.creditor_id, r.debtor_id, r.creditor_city_code, r.debtor_city_code,
                  r.debtor_industry, r.due_date,
                  r.confirmed_fen - coalesce((SELECT sum(p.amount_fen) FROM monitoring_payments p
                                               WHERE p.receivable_id = r.receivable_id AND p.paid_on <= ${day}), 0)
                    - CASE WHEN r.transferred_fen = 0 THEN 0
                           ELSE coalesce((SELECT sum(t.amount_fen) FROM monitoring_transfers t
                                           WHERE t.receivable_id = r.receivable_id AND t.transferred_on <= ${day}), 0)
                      END
                    AS outstanding_fen
             FROM monitoring_receivables r
            WHERE r.status IN ('CONFIRMED', 'SETTLED', 'TRANSFERRED') AND r.confirmed_fen IS NOT NULL
              AND coalesce(r.settled_on, 'infinity'::date) > ${day}
              AND (r.delivery_date IS NULL OR r.delivery_date <= ${day})
              AND (r.issued_on IS NULL OR r.issued_on <= ${day}))`;
}

/** The daily aging snapshots: written per day, read for past days and the trend. */
@Injectable()
export class SnapshotsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private query<T>(sql: string, params: unknown[] = []): Promise<T> {
    return this.txHost.tx.query<T>(sql, params);
  }

  /**
   * Takes the day's snapshot again from the read model, replacing whatever it had: so re-running a
   * day never counts anything twice. The day's row is locked first, which makes concurrent runs
   * for one day, and handlers marking it stale, wait for each other.
   */
  async write(day: BusinessDate): Promise<number> {
    const started = Date.now();
    await this.query(
      `INSERT INTO monitoring_snapshot_days (snapshot_date, stale, taken_at, receivables, duration_ms)
       VALUES ($1, false, now(), 0, 0)
       ON CONFLICT (snapshot_date) DO UPDATE SET stale = false`,
      [day],
    );
    for (const table of [
      'monitoring_aging_snapshots',
      'monitoring_aging_city_snapshots',
      'monitoring_trend_snapshots',
    ]) {
      await this.query(`DELETE FROM ${table} WHERE snapshot_date = $1`, [day]);
    }
    const bucket = bucketIndexSql('o.due_date', '$1');
    await this.query(
      `INSERT INTO monitoring_aging_snapshots
         (snapshot_date, debtor_id, creditor_city_code, debtor_city_code, debtor_industry, ${BUCKET_COLUMNS.join(', ')})
       SELECT $1, o.debtor_id, o.creditor_city_code, o.debtor_city_code, o.debtor_industry,
              ${bucketAggregatesSql(bucket, '1', 'o.outstanding_fen')}
         FROM ${openOnSql('$1')} o
        WHERE o.outstanding_fen > 0
        GROUP BY o.debtor_id, o.creditor_city_code, o.debtor_city_code, o.debtor_industry`,
      [day],
    );
    await this.query(
      `INSERT INTO monitoring_aging_city_snapshots
         (snapshot_date, debtor_city_code, creditor_city_code, debtor_industry, ${BUCKET_COLUMNS.join(', ')})
       SELECT $1, s.debtor_city_code, s.creditor_city_code, s.debtor_industry, ${bucketSumsSql('s')}
         FROM monitoring_aging_snapshots s WHERE s.snapshot_date = $1
        GROUP BY s.debtor_city_code, s.creditor_city_code, s.debtor_industry`,
      [day],
    );
    // The region, and every city that is the creditor's or the debtor's of some receivable (once
    // per receivable even when both parties are in the same city).
    await this.query(
      `INSERT INTO monitoring_trend_snapshots (scope_code, snapshot_date, ${BUCKET_COLUMNS.join(', ')})
       SELECT scopes.code, $1, ${bucketSumsSql('s')}
         FROM monitoring_aging_city_snapshots s
        CROSS JOIN LATERAL (SELECT $2::char(6) UNION SELECT s.creditor_city_code UNION SELECT s.debtor_city_code)
              AS scopes (code)
        WHERE s.snapshot_date = $1
        GROUP BY scopes.code`,
      [day, REGION_CODE],
    );
    const [{ receivables }] = await this.query<{ receivables: number }[]>(
      `SELECT coalesce(sum(${BUCKET_COLUMNS.filter((c) => c.endsWith('_count')).join(' + ')}), 0)::int AS receivables
         FROM monitoring_trend_snapshots WHERE snapshot_date = $1 AND scope_code = $2`,
      [day, REGION_CODE],
    );
    await this.query(
      `UPDATE monitoring_snapshot_days SET taken_at = now(), receivables = $2, duration_ms = $3 WHERE snapshot_date = $1`,
      [day, receivables, Date.now() - started],
    );
    return receivables;
  }

  /**
   * Marks the snapshots of days from `from` to `to` as out of date. Every row in the range is
   * written, even one already stale: a snapshot being taken holds its day's row, so this waits
   * for it and the change is never lost between its reading and its commit.
   */
  async markStale(from: BusinessDate, to: BusinessDate): Promise<void> {
    await this.query(
      'UPDATE monitoring_snapshot_days SET stale = true WHERE snapshot_date BETWEEN $1 AND $2 AND NOT stale',
      [from, to],
    );
  }

  async days(from: BusinessDate, to: BusinessDate): Promise<SnapshotDay[]> {
    const rows = await this.query<{ snapshot_date: string; stale: boolean }[]>(
      'SELECT snapshot_date, stale FROM monitoring_snapshot_days WHERE snapshot_date BETWEEN $1 AND $2',
      [from, to],
    );
    return rows.map((row) => ({ date: row.snapshot_date, stale: row.stale }));
  }

  async exists(day: BusinessDate): Promise<boolean> {
    const rows = await this.query<unknown[]>('SELECT 1 FROM monitoring_snapshot_days WHERE snapshot_date = $1', [day]);
    return rows.length === 1;
  }

  /** The daily figures of one scope (the region or a city) for the days that have a snapshot. */
  async trend(
    scopeCode: string,
    from: BusinessDate,
    to: BusinessDate,
  ): Promise<(BucketRow & { date: string; stale: boolean })[]> {
    return this.query(
      `SELECT d.snapshot_date AS date, d.stale, ${bucketSumsSql('t')}
         FROM monitoring_snapshot_days d
         LEFT JOIN monitoring_trend_snapshots t ON t.snapshot_date = d.snapshot_date AND t.scope_code = $1
        WHERE d.snapshot_date BETWEEN $2 AND $3
        GROUP BY d.snapshot_date, d.stale
        ORDER BY d.snapshot_date`,
      [scopeCode, from, to],
    );
  }

  /**
   * The figures of days that have no snapshot (today, or days before snapshots were taken),
   * computed from business dates as a snapshot would be: the region, or receivables whose creditor
   * or debtor is in the city (once each).
   */
  async openDays(scopeCode: string, days: BusinessDate[]): Promise<(BucketRow & { date: string })[]> {
    if (days.length === 0) return [];
    const bucket = bucketIndexSql('o.due_date', 'd.day');
    return this.query(
      `SELECT d.day::text AS date, x.*
         FROM unnest($2::date[]) AS d (day)
        CROSS JOIN LATERAL (
              SELECT ${bucketAggregatesSql(bucket, '1', 'o.outstanding_fen')}
                FROM ${openOnSql('d.day')} o
               WHERE o.outstanding_fen > 0
                 AND ($1::text = '${REGION_CODE}' OR o.creditor_city_code = $1::text OR o.debtor_city_code = $1::text)
             ) x
        ORDER BY d.day`,
      [scopeCode, days],
    );
  }
}

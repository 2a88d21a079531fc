import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Money, type BusinessDate } from '@gqt/kernel';
import { firstSeen, outstanding, type MonitoredReceivable, type OpenPosition } from './domain/monitored-receivable';
import type { ReceivableEventCommon } from '@gqt/receivables';
import { receivableOf, type ReceivableRow } from './receivable-row';
import { LIVE_SQL } from './sql';

/** A receivable of the read model together with whether its overdue notice went out. */
export interface StoredReceivable {
  receivable: MonitoredReceivable;
  overdueNoticed: boolean;
}

/** A receivable that has just been seen overdue, with what its notice says. */
export interface NewlyOverdue {
  noticeId: string;
  receivable: MonitoredReceivable;
  outstanding: Money;
  creditorName: string;
  debtorName: string;
}

/** The read model's writes: receivables, their payments, the parties' names and the open totals. */
@Injectable()
export class MonitoredReceivablesRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private query<T>(sql: string, params: unknown[] = []): Promise<T> {
    return this.txHost.tx.query<T>(sql, params);
  }

  /**
   * Locks the receivable's row, creating it from what every event carries if it is new: handlers
   * of two events of one receivable then run one after the other, whatever their order.
   */
  async lock(base: ReceivableEventCommon): Promise<StoredReceivable> {
    const seen = firstSeen(base);
    await this.query(
      `INSERT INTO monitoring_receivables
         (receivable_id, creditor_id, debtor_id, creditor_city_code, debtor_city_code, debtor_industry, contract_no, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (receivable_id) DO NOTHING`,
      [
        seen.receivableId,
        seen.creditorId,
        seen.debtorId,
        seen.creditorCityCode,
        seen.debtorCityCode,
        seen.debtorIndustry,
        seen.contractNo,
        seen.status,
      ],
    );
    const [row] = await this.query<ReceivableRow[]>(
      'SELECT * FROM monitoring_receivables WHERE receivable_id = $1 FOR UPDATE',
      [base.receivableId],
    );
    return { receivable: receivableOf(row), overdueNoticed: row.overdue_notice_id !== null };
  }

  async save(receivable: MonitoredReceivable): Promise<void> {
    await this.query(
      `UPDATE monitoring_receivables SET
         creditor_id = $2, debtor_id = $3, creditor_city_code = $4, debtor_city_code = $5, debtor_industry = $6,
         contract_no = $7, status = $8, amount_fen = $9, confirmed_fen = $10, paid_fen = $11, outstanding_fen = $12,
         delivery_date = $13, due_date = $14, due_date_confirmed = $15, late_interest_rate = $16,
         registered_at = $17, confirmed_at = $18, settled_on = $19, updated_at = now()
       WHERE receivable_id = $1`,
      [
        receivable.receivableId,
        receivable.creditorId,
        receivable.debtorId,
        receivable.creditorCityCode,
        receivable.debtorCityCode,
        receivable.debtorIndustry,
        receivable.contractNo,
        receivable.status,
        receivable.amount?.fen.toString() ?? null,
        receivable.confirmedAmount?.fen.toString() ?? null,
        receivable.paid.fen.toString(),
        outstanding(receivable).fen.toString(),
        receivable.deliveryDate,
        receivable.dueDate,
        receivable.dueDateConfirmed,
        receivable.lateInterestRate,
        receivable.registeredAt,
        receivable.confirmedAt,
        receivable.settledOn,
      ],
    );
  }

  /** Records a payment once; false if it was recorded already (the same event delivered again). */
  async addPayment(receivableId: string, payment: { paymentId: string; amount: Money; paidOn: BusinessDate }) {
    const inserted = await this.query<unknown[]>(
      `INSERT INTO monitoring_payments (payment_id, receivable_id, amount_fen, paid_on) VALUES ($1, $2, $3, $4)
       ON CONFLICT (payment_id) DO NOTHING RETURNING payment_id`,
      [payment.paymentId, receivableId, payment.amount.fen.toString(), payment.paidOn],
    );
    return inserted.length === 1;
  }

  async knownParties(ids: string[]): Promise<Set<string>> {
    const rows = await this.query<{ enterprise_id: string }[]>(
      'SELECT enterprise_id FROM monitoring_parties WHERE enterprise_id = ANY($1::uuid[])',
      [ids],
    );
    return new Set(rows.map((row) => row.enterprise_id));
  }

  async partyNames(ids: string[]): Promise<Map<string, string>> {
    const rows = await this.query<{ enterprise_id: string; name: string }[]>(
      'SELECT enterprise_id, name FROM monitoring_parties WHERE enterprise_id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((row) => [row.enterprise_id, row.name]));
  }

  async saveParty(party: { id: string; name: string; cityCode: string }): Promise<void> {
    await this.query(
      `INSERT INTO monitoring_parties (enterprise_id, name, city_code) VALUES ($1, $2, $3)
       ON CONFLICT (enterprise_id) DO UPDATE SET name = EXCLUDED.name, city_code = EXCLUDED.city_code`,
      [party.id, party.name, party.cityCode],
    );
  }

  /**
   * Moves a receivable's live money in the totals per due date and debtor city or industry from
   * where it was to where it is now. Keys are written in sorted order, so handlers never deadlock.
   */
  async moveOpenPosition(before: OpenPosition | null, after: OpenPosition | null): Promise<void> {
    const changes = new Map<string, { grouping: string; key: string; due: string; count: number; fen: bigint }>();
    const add = (position: OpenPosition | null, sign: 1 | -1) => {
      if (!position) return;
      for (const [grouping, key] of [
        ['city', position.debtorCityCode],
        ['industry', position.debtorIndustry],
      ]) {
        const id = `${grouping}|${key}|${position.dueDate}`;
        const change = changes.get(id) ?? { grouping, key, due: position.dueDate, count: 0, fen: 0n };
        change.count += sign;
        change.fen += BigInt(sign) * position.outstanding.fen;
        changes.set(id, change);
      }
    };
    add(before, -1);
    add(after, 1);
    for (const id of [...changes.keys()].sort()) {
      const change = changes.get(id)!;
      if (change.count === 0 && change.fen === 0n) continue;
      // Update first: PostgreSQL checks the row proposed for insertion against the CHECK
      // constraints even when it conflicts, and a negative change is only valid as an update.
      await this.query(
        `WITH updated AS (
           UPDATE monitoring_open_totals
              SET receivables = receivables + $4, outstanding_fen = outstanding_fen + $5
            WHERE grouping = $1 AND group_key = $2 AND due_date = $3 RETURNING 1)
         INSERT INTO monitoring_open_totals AS t (grouping, group_key, due_date, receivables, outstanding_fen)
         SELECT $1::text, $2::text, $3::date, $4::integer, $5::bigint WHERE NOT EXISTS (SELECT FROM updated)
         ON CONFLICT (grouping, group_key, due_date) DO UPDATE
           SET receivables = t.receivables + EXCLUDED.receivables, outstanding_fen = t.outstanding_fen + EXCLUDED.outstanding_fen`,
        [change.grouping, change.key, change.due, change.count, change.fen.toString()],
      );
    }
  }

  /**
   * Claims live receivables past their due date whose overdue notice has not gone out: marks
   * them in this transaction, so each is noticed exactly once however many runs race.
   */
  async claimNewlyOverdue(today: BusinessDate, limit: number): Promise<NewlyOverdue[]> {
    const rows = await this.query<(ReceivableRow & { creditor_name: string | null; debtor_name: string | null })[]>(
      `WITH claimed AS (
         UPDATE monitoring_receivables r SET overdue_notice_id = gen_random_uuid(), overdue_noticed_on = $1
          WHERE r.receivable_id IN (
            SELECT receivable_id FROM monitoring_receivables r
             WHERE ${LIVE_SQL('r')} AND r.overdue_notice_id IS NULL AND r.due_date < $1
             ORDER BY r.due_date LIMIT $2
             FOR UPDATE SKIP LOCKED)
            AND r.overdue_notice_id IS NULL
          RETURNING r.*)
       SELECT c.*, cp.name AS creditor_name, dp.name AS debtor_name FROM claimed c
         LEFT JOIN monitoring_parties cp ON cp.enterprise_id = c.creditor_id
         LEFT JOIN monitoring_parties dp ON dp.enterprise_id = c.debtor_id
        ORDER BY c.due_date, c.receivable_id`,
      [today, limit],
    );
    return rows.map((row) => ({
      noticeId: row.overdue_notice_id!,
      receivable: receivableOf(row),
      outstanding: Money.ofFen(row.outstanding_fen),
      creditorName: row.creditor_name ?? row.creditor_id,
      debtorName: row.debtor_name ?? row.debtor_id,
    }));
  }
}

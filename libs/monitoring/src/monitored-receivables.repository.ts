import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Money, type BusinessDate } from '@gqt/kernel';
import { firstSeen, type MonitoredReceivable, type OpenPosition } from './domain/monitored-receivable';
import type { ReceivableEventCommon } from '@gqt/receivables';
import { receivableOf, rowOf, type ReceivableRow } from './receivable-row';
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
   * Locks the receivables' rows, creating those that are new from what every event carries:
   * handlers of two events of one receivable then run one after the other, whatever their order.
   * Rows are created and locked in receivable id order, so concurrent handlers never deadlock.
   */
  async lock(bases: ReceivableEventCommon[]): Promise<Map<string, StoredReceivable>> {
    const seen = [...new Map(bases.map((base) => [base.receivableId, firstSeen(base)])).values()];
    await this.query(
      `INSERT INTO monitoring_receivables
         (receivable_id, creditor_id, debtor_id, creditor_city_code, debtor_city_code, debtor_industry, contract_no, status)
       SELECT receivable_id, creditor_id, debtor_id, creditor_city_code, debtor_city_code, debtor_industry, contract_no, status
         FROM jsonb_to_recordset($1::jsonb) AS x(receivable_id uuid, creditor_id uuid, debtor_id uuid,
              creditor_city_code text, debtor_city_code text, debtor_industry text, contract_no text, status text)
        ORDER BY receivable_id
       ON CONFLICT (receivable_id) DO NOTHING`,
      [JSON.stringify(seen.map(rowOf))],
    );
    const rows = await this.query<ReceivableRow[]>(
      'SELECT * FROM monitoring_receivables WHERE receivable_id = ANY($1::uuid[]) ORDER BY receivable_id FOR UPDATE',
      [seen.map((r) => r.receivableId)],
    );
    return new Map(
      rows.map((row) => [
        row.receivable_id,
        { receivable: receivableOf(row), overdueNoticed: row.overdue_notice_id !== null },
      ]),
    );
  }

  async save(receivables: MonitoredReceivable[]): Promise<void> {
    await this.query(
      `UPDATE monitoring_receivables m SET
         creditor_id = x.creditor_id, debtor_id = x.debtor_id, creditor_city_code = x.creditor_city_code,
         debtor_city_code = x.debtor_city_code, debtor_industry = x.debtor_industry, contract_no = x.contract_no,
         status = x.status, amount_fen = x.amount_fen, confirmed_fen = x.confirmed_fen, paid_fen = x.paid_fen,
         transferred_fen = x.transferred_fen, outstanding_fen = x.outstanding_fen, delivery_date = x.delivery_date,
         due_date = x.due_date, due_date_confirmed = x.due_date_confirmed, late_interest_rate = x.late_interest_rate,
         registered_at = x.registered_at, confirmed_at = x.confirmed_at, settled_on = x.settled_on,
         root_id = x.root_id, issued_on = x.issued_on, updated_at = now()
        FROM jsonb_to_recordset($1::jsonb) AS x(receivable_id uuid, creditor_id uuid, debtor_id uuid,
             creditor_city_code text, debtor_city_code text, debtor_industry text, contract_no text, status text,
             amount_fen bigint, confirmed_fen bigint, paid_fen bigint, transferred_fen bigint, outstanding_fen bigint,
             delivery_date date, due_date date, due_date_confirmed boolean, late_interest_rate numeric,
             registered_at timestamptz, confirmed_at timestamptz, settled_on date, root_id uuid, issued_on date)
       WHERE m.receivable_id = x.receivable_id`,
      [JSON.stringify(receivables.map(rowOf))],
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

  /** Records a transfer out of a receivable once; false if it was recorded already. */
  async addTransfer(
    receivableId: string,
    transfer: { transferId: string; amount: Money; transferredOn: BusinessDate },
  ) {
    const inserted = await this.query<unknown[]>(
      `INSERT INTO monitoring_transfers (transfer_id, receivable_id, amount_fen, transferred_on) VALUES ($1, $2, $3, $4)
       ON CONFLICT (transfer_id) DO NOTHING RETURNING transfer_id`,
      [transfer.transferId, receivableId, transfer.amount.fen.toString(), transfer.transferredOn],
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
   * Moves receivables' live money in the totals per due date and debtor city or industry from
   * where it was to where it is now. Keys are written in sorted order, so handlers never deadlock.
   */
  async moveOpenPositions(moves: { before: OpenPosition | null; after: OpenPosition | null }[]): Promise<void> {
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
    for (const { before, after } of moves) {
      add(before, -1);
      add(after, 1);
    }
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

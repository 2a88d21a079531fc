import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { SqlParams, type Principal } from '@gqt/platform';
import {
  PARTIES_JOIN,
  RECEIVABLE_WITH_PARTIES,
  receivableWithPartiesOf,
  type ReceivableWithPartiesRow,
} from '../receivable-rows';
import type { ReceivableEntity } from '../receivable.entity';
import { visibleTo } from '../receivables.repository';
import type { ReceivableTransferEntity } from './receivable-transfer.entity';

/**
 * Trees of split receivables: pieces, the record of each transfer and the tree as a whole, in
 * hand-written SQL (rows mapped in receivable-rows). The database checks every tree it writes
 * at commit (migration 1797170000000): what leaves a parent arrives in its piece.
 */
@Injectable()
export class ReceivableTreesRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private query<T>(sql: string, params: unknown[] = []): Promise<T> {
    return this.txHost.tx.query<T>(sql, params);
  }

  /** Writes what a transfer changes on the receivable passed on (its row is locked by the caller). */
  async saveTransferOut(r: ReceivableEntity): Promise<void> {
    await this.query('UPDATE receivables SET transferred_amount = $2, status = $3, updated_at = $4 WHERE id = $1', [
      r.id,
      r.transferredAmount,
      r.status,
      r.updatedAt,
    ]);
  }

  async insertPiece(p: ReceivableEntity): Promise<void> {
    await this.query(
      `INSERT INTO receivables (id, status, creditor_id, debtor_id, creditor_city_code, debtor_city_code, contract_no,
                                amount, confirmed_amount, paid_amount, transferred_amount, delivery_date, due_date,
                                payment_term_days, payment_term_flags, late_interest_rate, description, confirmed_at,
                                parent_id, root_id, tier, upstream_holder_ids, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0, 0, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22,
               $22)`,
      [
        p.id,
        p.status,
        p.creditorId,
        p.debtorId,
        p.creditorCityCode,
        p.debtorCityCode,
        p.contractNo,
        p.amount,
        p.confirmedAmount,
        p.deliveryDate,
        p.dueDate,
        p.paymentTermDays,
        p.paymentTermFlags,
        p.lateInterestRate,
        p.description,
        p.confirmedAt,
        p.parentId,
        p.rootId,
        p.tier,
        p.upstreamHolderIds,
        p.createdBy,
        p.createdAt,
      ],
    );
  }

  async insertTransfer(t: ReceivableTransferEntity): Promise<void> {
    await this.query(
      `INSERT INTO receivable_transfers (id, receivable_id, piece_id, from_enterprise_id, to_enterprise_id, amount,
                                         reference, transferred_on, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        t.id,
        t.receivableId,
        t.pieceId,
        t.fromEnterpriseId,
        t.toEnterpriseId,
        t.amount,
        t.reference,
        t.transferredOn,
        t.createdBy,
        t.createdAt,
      ],
    );
  }

  /** Every piece of the tree whose root is `rootId`, with its parties: the root first, then tier by tier. */
  async tree(rootId: string): Promise<ReceivableEntity[]> {
    const rows = await this.query<ReceivableWithPartiesRow[]>(
      `SELECT ${RECEIVABLE_WITH_PARTIES} FROM receivables r ${PARTIES_JOIN}
        WHERE r.id = $1 OR r.root_id = $1 ORDER BY r.tier, r.created_at, r.id`,
      [rootId],
    );
    return rows.map(receivableWithPartiesOf);
  }

  /** How many pieces the tree whose root is `rootId` has, the root included. */
  async pieceCount(rootId: string): Promise<number> {
    const [{ count }] = await this.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM receivables WHERE id = $1 OR root_id = $1',
      [rootId],
    );
    return count;
  }

  /** Which of these receivables the caller may see (invisible = 404 everywhere else). */
  async visibleAmong(ids: string[], principal: Principal): Promise<Set<string>> {
    const params = new SqlParams();
    const rows = await this.query<{ id: string }[]>(
      `SELECT r.id FROM receivables r WHERE r.id = ANY(${params.add(ids)}::uuid[]) AND ${visibleTo(principal, params)}`,
      params.values,
    );
    return new Set(rows.map((row) => row.id));
  }
}

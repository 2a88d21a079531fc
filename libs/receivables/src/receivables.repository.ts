import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { invalid } from '@gqt/kernel';
import { REGION_CODE, paginate, violatedConstraint, type Page, type PageQuery, type Principal } from '@gqt/platform';
import type { SelectQueryBuilder } from 'typeorm';
import type { ReceivableStatus } from './domain/receivable-status';
import { ReceivableInvoiceEntity } from './receivable-invoice.entity';
import { ReceivablePaymentEntity } from './receivable-payment.entity';
import { ReceivableEntity, type PledgeNotice } from './receivable.entity';

export interface ReceivableFilter {
  status?: ReceivableStatus;
  /** The caller's side: receivables it is owed (creditor) or owes (debtor). */
  role?: 'creditor' | 'debtor';
  overdue?: boolean;
  dueFrom?: string;
  dueTo?: string;
  /** The other party: an enterprise id that is the creditor or the debtor. */
  counterpartyId?: string;
  contractNo?: string;
}

export const LIVE_INVOICE_NUMBER_KEY = 'receivable_invoices_live_number_key';
export const PAYMENT_REFERENCE_KEY = 'receivable_payments_reference_key';

@Injectable()
export class ReceivablesRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(ReceivableEntity);
  }

  private get manager() {
    return this.txHost.tx;
  }

  async insert(receivable: ReceivableEntity): Promise<void> {
    await this.repo.insert(receivable);
  }

  /** Inserts invoice lines; returns the violated constraint when an invoice is already live elsewhere. */
  insertInvoices(invoices: ReceivableInvoiceEntity[]): Promise<string | null> {
    return violatedConstraint(this.manager, () => this.manager.getRepository(ReceivableInvoiceEntity).insert(invoices));
  }

  /**
   * Many new receivables and their invoice lines in two statements (a file import's chunk), inside
   * a savepoint; returns the violated constraint when an invoice is already live elsewhere.
   */
  insertMany(receivables: ReceivableEntity[], invoices: ReceivableInvoiceEntity[]): Promise<string | null> {
    return violatedConstraint(this.manager, async () => {
      await this.insertReceivableRows(receivables);
      await this.insertInvoiceRows(invoices);
    });
  }

  private async insertReceivableRows(receivables: ReceivableEntity[]): Promise<void> {
    if (receivables.length === 0) return;
    const rows = receivables.map((r) => ({
      id: r.id,
      status: r.status,
      creditor_id: r.creditorId,
      debtor_id: r.debtorId,
      creditor_city_code: r.creditorCityCode,
      debtor_city_code: r.debtorCityCode,
      contract_no: r.contractNo,
      amount: r.amount,
      delivery_date: r.deliveryDate,
      due_date: r.dueDate,
      payment_term_days: r.paymentTermDays,
      payment_term_flags: r.paymentTermFlags,
      late_interest_rate: r.lateInterestRate,
      description: r.description,
      created_by: r.createdBy,
      import_job_id: r.importJobId,
      import_row: r.importRow,
      created_at: r.createdAt.toISOString(),
    }));
    await this.manager.query(
      `INSERT INTO receivables (id, status, creditor_id, debtor_id, creditor_city_code, debtor_city_code, contract_no,
                                amount, paid_amount, delivery_date, due_date, payment_term_days, payment_term_flags,
                                late_interest_rate, description, created_by, import_job_id, import_row, created_at, updated_at)
       SELECT id, status, creditor_id, debtor_id, creditor_city_code, debtor_city_code, contract_no,
              amount, 0, delivery_date, due_date, payment_term_days, payment_term_flags,
              late_interest_rate, description, created_by, import_job_id, import_row, created_at, created_at
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, status text, creditor_id uuid, debtor_id uuid,
              creditor_city_code char(6), debtor_city_code char(6), contract_no text, amount numeric,
              delivery_date date, due_date date, payment_term_days integer, payment_term_flags text[],
              late_interest_rate numeric, description text, created_by uuid, import_job_id uuid,
              import_row integer, created_at timestamptz)`,
      [JSON.stringify(rows)],
    );
  }

  private async insertInvoiceRows(invoices: ReceivableInvoiceEntity[]): Promise<void> {
    if (invoices.length === 0) return;
    const rows = invoices.map((i) => ({
      receivable_id: i.receivableId,
      position: i.position,
      number: i.number,
      amount: i.amount,
      issue_date: i.issueDate,
    }));
    await this.manager.query(
      `INSERT INTO receivable_invoices (receivable_id, position, number, amount, issue_date, live)
       SELECT receivable_id, position, number, amount, issue_date, true
         FROM jsonb_to_recordset($1::jsonb) AS x(receivable_id uuid, position smallint, number text,
              amount numeric, issue_date date)`,
      [JSON.stringify(rows)],
    );
  }

  /** File rows an import job already registered (a job run again after a crash skips them). */
  async importedRows(importJobId: string): Promise<Set<number>> {
    const rows: { import_row: number }[] = await this.manager.query(
      'SELECT import_row FROM receivables WHERE import_job_id = $1',
      [importJobId],
    );
    return new Set(rows.map((r) => r.import_row));
  }

  /** Which of these normalised numbers are on a receivable that is not cancelled. */
  async liveInvoiceNumbers(numbers: string[]): Promise<string[]> {
    if (numbers.length === 0) return [];
    const rows: { number: string }[] = await this.manager.query(
      'SELECT number FROM receivable_invoices WHERE live AND number = ANY($1::text[])',
      [numbers],
    );
    return rows.map((r) => r.number);
  }

  async releaseInvoices(receivableId: string): Promise<void> {
    await this.manager.query('UPDATE receivable_invoices SET live = false WHERE receivable_id = $1', [receivableId]);
  }

  async invoicesOf(receivableIds: string[]): Promise<Map<string, ReceivableInvoiceEntity[]>> {
    const byReceivable = new Map<string, ReceivableInvoiceEntity[]>(receivableIds.map((id) => [id, []]));
    if (receivableIds.length === 0) return byReceivable;
    const invoices = await this.manager
      .getRepository(ReceivableInvoiceEntity)
      .createQueryBuilder('i')
      .where('i.receivableId IN (:...ids)', { ids: receivableIds })
      .orderBy('i.receivableId')
      .addOrderBy('i.position')
      .getMany();
    for (const invoice of invoices) byReceivable.get(invoice.receivableId)?.push(invoice);
    return byReceivable;
  }

  async update(id: string, changes: Partial<ReceivableEntity>): Promise<void> {
    await this.repo.update({ id }, changes);
  }

  /** Inserts a payment; returns the violated constraint when its reference was already recorded. */
  insertPayment(payment: ReceivablePaymentEntity): Promise<string | null> {
    return violatedConstraint(this.manager, () => this.manager.getRepository(ReceivablePaymentEntity).insert(payment));
  }

  paymentsOf(receivableId: string): Promise<ReceivablePaymentEntity[]> {
    return this.manager
      .getRepository(ReceivablePaymentEntity)
      .find({ where: { receivableId }, order: { paidOn: 'ASC', createdAt: 'ASC' } });
  }

  findVisible(id: string, principal: Principal): Promise<ReceivableEntity | null> {
    return this.withParties(principal).andWhere('r.id = :id', { id }).getOne();
  }

  /** Locks the receivable row (not its parties) for a state change; null when not visible. */
  lockVisible(id: string, principal: Principal): Promise<ReceivableEntity | null> {
    return this.withParties(principal)
      .andWhere('r.id = :id', { id })
      .setLock('pessimistic_write', undefined, ['r'])
      .getOne();
  }

  /** Locks visible rows in id order, so that crossing batches never deadlock. */
  lockManyVisible(ids: string[], principal: Principal): Promise<ReceivableEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.withParties(principal)
      .andWhere('r.id IN (:...ids)', { ids })
      .orderBy('r.id')
      .setLock('pessimistic_write', undefined, ['r'])
      .getMany();
  }

  /** The creditor's own receivables among `ids`, locked in id order (for a financing request). */
  lockOwnedByCreditor(ids: string[], creditorId: string): Promise<ReceivableEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.creditor', 'creditor')
      .innerJoinAndSelect('r.debtor', 'debtor')
      .where('r.id IN (:...ids)', { ids })
      .andWhere('r.creditorId = :creditorId', { creditorId })
      .orderBy('r.id')
      .setLock('pessimistic_write', undefined, ['r'])
      .getMany();
  }

  lockByFinancingRequest(financingRequestId: string): Promise<ReceivableEntity[]> {
    return this.repo
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.creditor', 'creditor')
      .innerJoinAndSelect('r.debtor', 'debtor')
      .where('r.financingRequestId = :financingRequestId', { financingRequestId })
      .orderBy('r.id')
      .setLock('pessimistic_write', undefined, ['r'])
      .getMany();
  }

  /** Links receivables to a financing request unless already linked; returns how many it linked. */
  async linkFinancing(ids: string[], financingRequestId: string): Promise<number> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [, linked] = await this.manager.query<[unknown[], number]>(
      `UPDATE receivables SET financing_request_id = $2, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND financing_request_id IS NULL`,
      [ids, financingRequestId],
    );
    return linked;
  }

  async unlinkFinancing(ids: string[]): Promise<void> {
    await this.manager.query(
      'UPDATE receivables SET financing_request_id = NULL, pledge = NULL, updated_at = now() WHERE id = ANY($1::uuid[])',
      [ids],
    );
  }

  async setPledge(ids: string[], pledge: PledgeNotice): Promise<void> {
    await this.manager.query(
      'UPDATE receivables SET pledge = $2::jsonb, updated_at = now() WHERE id = ANY($1::uuid[])',
      [ids, JSON.stringify(pledge)],
    );
  }

  async grantBankAccess(ids: string[], bankId: string, financingRequestId: string): Promise<void> {
    await this.manager.query(
      `INSERT INTO receivable_bank_access (receivable_id, bank_id, financing_request_id)
       SELECT unnest($1::uuid[]), $2, $3 ON CONFLICT (bank_id, receivable_id) DO NOTHING`,
      [ids, bankId, financingRequestId],
    );
  }

  page(
    principal: Principal,
    filter: ReceivableFilter,
    today: string,
    page: PageQuery,
  ): Promise<Page<ReceivableEntity>> {
    const query = this.withParties(principal);
    if (filter.status) query.andWhere('r.status = :status', { status: filter.status });
    if (filter.role) {
      if (!principal.enterpriseId) {
        throw invalid('VALIDATION_FAILED', 'role filters the caller enterprise’s side', [
          { field: 'role', message: 'only users of an enterprise can filter by their role' },
        ]);
      }
      const column = filter.role === 'creditor' ? 'r.creditorId' : 'r.debtorId';
      query.andWhere(`${column} = :ownEnterprise`, { ownEnterprise: principal.enterpriseId });
    }
    if (filter.overdue !== undefined) {
      const overdue = "(r.status = 'CONFIRMED' AND r.dueDate < :today)";
      query.andWhere(filter.overdue ? overdue : `NOT ${overdue}`, { today });
    }
    if (filter.dueFrom) query.andWhere('r.dueDate >= :dueFrom', { dueFrom: filter.dueFrom });
    if (filter.dueTo) query.andWhere('r.dueDate <= :dueTo', { dueTo: filter.dueTo });
    if (filter.counterpartyId) {
      query.andWhere('(r.creditorId = :counterparty OR r.debtorId = :counterparty)', {
        counterparty: filter.counterpartyId,
      });
    }
    if (filter.contractNo) query.andWhere('r.contractNo = :contractNo', { contractNo: filter.contractNo });
    return paginate(query, page);
  }

  /**
   * Tenancy in the query (api-contract.md § Receivables): the parties' users; a bank that the
   * receivable was put before; a regulator of the region, or of the creditor's or debtor's city;
   * the operator. Anything else does not exist for the caller.
   */
  private withParties(principal: Principal): SelectQueryBuilder<ReceivableEntity> {
    const query = this.repo
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.creditor', 'creditor')
      .innerJoinAndSelect('r.debtor', 'debtor');
    switch (principal.role) {
      case 'ADMIN':
        return query;
      case 'REGULATOR':
        if (principal.jurisdiction === REGION_CODE) return query;
        return query.where('(r.creditorCityCode = :jurisdiction OR r.debtorCityCode = :jurisdiction)', {
          jurisdiction: principal.jurisdiction,
        });
      case 'BANK':
        return query.where(
          'EXISTS (SELECT 1 FROM receivable_bank_access a WHERE a.receivable_id = r.id AND a.bank_id = :bankId)',
          { bankId: principal.enterpriseId },
        );
      default:
        return query.where('(r.creditorId = :enterpriseId OR r.debtorId = :enterpriseId)', {
          enterpriseId: principal.enterpriseId,
        });
    }
  }
}

import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError, invalid, isBusinessDate } from '@gqt/kernel';
import {
  REGION_CODE,
  SqlParams,
  pageOf,
  pagePosition,
  violatedConstraint,
  type Page,
  type PageQuery,
  type Principal,
} from '@gqt/platform';
import type { ReceivableStatus } from './domain/receivable-status';
import type { ReceivableDetails } from './receivable-details';
import type { ReceivableInvoiceEntity } from './receivable-invoice.entity';
import type { ReceivablePaymentEntity } from './receivable-payment.entity';
import {
  PARTIES_JOIN,
  RECEIVABLE_WITH_PARTIES,
  invoiceOf,
  paymentOf,
  receivableWithPartiesOf,
  type InvoiceRow,
  type PaymentRow,
  type ReceivableWithPartiesRow,
} from './receivable-rows';
import type { PledgeNotice, ReceivableEntity } from './receivable.entity';

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
  /** A keyword: part of the contract number or of either party's name. */
  q?: string;
  /** The order: newest first by default; by amount or due date, either way. */
  sort?: ReceivableSort;
  /** Also count every receivable the filter matches (for a total above a list). */
  withTotal?: boolean;
}

export const RECEIVABLE_SORTS = ['-createdAt', 'createdAt', 'amount', '-amount', 'dueDate', '-dueDate'] as const;
export type ReceivableSort = (typeof RECEIVABLE_SORTS)[number];

const SORT_COLUMNS = { createdAt: 'r.created_at', amount: 'r.amount', dueDate: 'r.due_date' } as const;
const SORT_CASTS = { createdAt: 'timestamptz', amount: 'numeric', dueDate: 'date' } as const;
const SORT_VALUE = {
  createdAt: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
  amount: /^\d{1,16}\.\d{2}$/,
  dueDate: /^\d{4}-\d{2}-\d{2}$/,
} as const;
const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cursor of a sorted list: the sort it belongs to, the last row's sort value and id. */
function sortedCursor(sort: ReceivableSort, value: string, id: string): string {
  return Buffer.from(JSON.stringify(['sorted', sort, value, id])).toString('base64url');
}

/** Checked completely before it reaches SQL; a cursor of another sort, or anything else, is a 400. */
function sortedPosition(cursor: string, sort: ReceivableSort): { value: string; id: string } {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 4 && decoded[0] === 'sorted' && decoded[1] === sort) {
      const [, , value, id] = decoded as unknown[];
      const key = sort.replace('-', '') as keyof typeof SORT_VALUE;
      const valid =
        typeof value === 'string' &&
        SORT_VALUE[key].test(value) &&
        (key !== 'dueDate' || isBusinessDate(value)) &&
        (key !== 'createdAt' || new Date(value).toISOString() === value);
      if (valid && typeof id === 'string' && UUID_TEXT.test(id)) return { value, id };
    }
  } catch {
    // fall through
  }
  throw invalid('VALIDATION_FAILED', 'cursor is not a cursor of this list and sort', [
    { field: 'cursor', message: 'cursor must be a nextCursor returned by this list with the same sort' },
  ]);
}

/** `%` and `_` in a keyword are meant literally. */
const likePattern = (keyword: string) => `%${keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export const LIVE_INVOICE_NUMBER_KEY = 'receivable_invoices_live_number_key';
export const PAYMENT_REFERENCE_KEY = 'receivable_payments_reference_key';

/** Receivables, their invoice lines, payments and bank access: hand-written SQL, rows mapped in receivable-rows. */
@Injectable()
export class ReceivablesRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private query<T>(sql: string, params: unknown[] = []): Promise<T> {
    return this.txHost.tx.query<T>(sql, params);
  }

  /**
   * New receivables and their invoice lines in two statements (one registration, or a file
   * import's chunk), inside a savepoint; returns the violated constraint when an invoice is already
   * live elsewhere.
   */
  insertMany(receivables: ReceivableEntity[], invoices: ReceivableInvoiceEntity[]): Promise<string | null> {
    return violatedConstraint(this.txHost.tx, async () => {
      await this.insertReceivableRows(receivables);
      await this.insertInvoiceRows(invoices);
    });
  }

  /**
   * A registered receivable and its invoice lines; 409 INVOICE_ALREADY_REGISTERED when one of its
   * invoices is live on another receivable (api-contract.md § Receivables).
   */
  async insertRegistration(receivable: ReceivableEntity, invoices: ReceivableInvoiceEntity[]): Promise<void> {
    if ((await this.insertMany([receivable], invoices)) !== LIVE_INVOICE_NUMBER_KEY) return;
    const holders = await this.liveInvoiceHolders(invoices.map((l) => l.number));
    // Each taken invoice is refused on its own line; the receivable holding it is named when the
    // registering enterprise may see it (its own, as creditor or debtor), else it stays anonymous.
    const refusals = invoices.flatMap((line, index) => {
      const holder = holders.get(line.number);
      if (!holder) return [];
      const visible = [holder.creditorId, holder.debtorId].includes(receivable.creditorId);
      return [
        {
          field: `invoices[${index}].number`,
          message: visible
            ? `invoice ${line.number} is already on your receivable ${holder.contractNo} (${holder.id})`
            : `invoice ${line.number} is already on another receivable that is not cancelled`,
          zh: visible
            ? `发票 ${line.number} 已登记在贵司的应收账款 ${holder.contractNo} 上`
            : `发票 ${line.number} 已登记在另一笔未撤销的应收账款上`,
        },
      ];
    });
    const named = refusals.map((r) => r.message).join('; ');
    throw new DomainError(
      'CONFLICT',
      'INVOICE_ALREADY_REGISTERED',
      named || 'An invoice is already on another receivable that is not cancelled',
      {
        fieldErrors: refusals.map(({ field, message }) => ({ field, message })),
        localized: {
          'zh-CN': {
            detail: refusals.map((r) => r.zh).join('；') || undefined,
            fieldMessages: refusals.map((r) => r.zh),
          },
        },
      },
    );
  }

  /** Who holds each of these invoice numbers live: the receivable's id, contract and parties. */
  private async liveInvoiceHolders(
    numbers: string[],
  ): Promise<Map<string, { id: string; contractNo: string; creditorId: string; debtorId: string }>> {
    const rows = await this.query<
      { number: string; id: string; contract_no: string; creditor_id: string; debtor_id: string }[]
    >(
      `SELECT i.number, r.id, r.contract_no, r.creditor_id, r.debtor_id
         FROM receivable_invoices i JOIN receivables r ON r.id = i.receivable_id
        WHERE i.live AND i.number = ANY($1::text[])`,
      [numbers],
    );
    return new Map(
      rows.map((r) => [
        r.number,
        { id: r.id, contractNo: r.contract_no, creditorId: r.creditor_id, debtorId: r.debtor_id },
      ]),
    );
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
      confirmed_amount: r.confirmedAmount ?? null,
      confirmed_at: r.confirmedAt?.toISOString() ?? null,
      financing_request_id: r.financingRequestId ?? null,
      pledge: r.pledge ?? null,
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
    await this.query(
      `INSERT INTO receivables (id, status, creditor_id, debtor_id, creditor_city_code, debtor_city_code, contract_no,
                                amount, confirmed_amount, confirmed_at, financing_request_id, pledge, paid_amount,
                                delivery_date, due_date, payment_term_days, payment_term_flags,
                                late_interest_rate, description, created_by, import_job_id, import_row, created_at, updated_at)
       SELECT id, status, creditor_id, debtor_id, creditor_city_code, debtor_city_code, contract_no,
              amount, confirmed_amount, confirmed_at, financing_request_id, pledge, 0,
              delivery_date, due_date, payment_term_days, payment_term_flags,
              late_interest_rate, description, created_by, import_job_id, import_row, created_at, created_at
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, status text, creditor_id uuid, debtor_id uuid,
              creditor_city_code char(6), debtor_city_code char(6), contract_no text, amount numeric,
              confirmed_amount numeric, confirmed_at timestamptz, financing_request_id uuid, pledge jsonb,
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
    await this.query(
      `INSERT INTO receivable_invoices (receivable_id, position, number, amount, issue_date, live)
       SELECT receivable_id, position, number, amount, issue_date, true
         FROM jsonb_to_recordset($1::jsonb) AS x(receivable_id uuid, position smallint, number text,
              amount numeric, issue_date date)`,
      [JSON.stringify(rows)],
    );
  }

  /** File rows an import job already registered (a job run again after a crash skips them). */
  async importedRows(importJobId: string): Promise<Set<number>> {
    const rows = await this.query<{ import_row: number }[]>(
      'SELECT import_row FROM receivables WHERE import_job_id = $1',
      [importJobId],
    );
    return new Set(rows.map((r) => r.import_row));
  }

  /** Which of these normalised numbers are on a receivable that is not cancelled. */
  async liveInvoiceNumbers(numbers: string[]): Promise<string[]> {
    if (numbers.length === 0) return [];
    const rows = await this.query<{ number: string }[]>(
      'SELECT number FROM receivable_invoices WHERE live AND number = ANY($1::text[])',
      [numbers],
    );
    return rows.map((r) => r.number);
  }

  async releaseInvoices(receivableId: string): Promise<void> {
    await this.query('UPDATE receivable_invoices SET live = false WHERE receivable_id = $1', [receivableId]);
  }

  async invoicesOf(receivableIds: string[]): Promise<Map<string, ReceivableInvoiceEntity[]>> {
    const byReceivable = new Map<string, ReceivableInvoiceEntity[]>(receivableIds.map((id) => [id, []]));
    if (receivableIds.length === 0) return byReceivable;
    const rows = await this.query<InvoiceRow[]>(
      `SELECT receivable_id, position, number, amount, issue_date, live FROM receivable_invoices
        WHERE receivable_id = ANY($1::uuid[]) ORDER BY receivable_id, position`,
      [receivableIds],
    );
    for (const row of rows) byReceivable.get(row.receivable_id)?.push(invoiceOf(row));
    return byReceivable;
  }

  /** A receivable with its invoice lines, as reads and use cases answer it. */
  async detailsOf(receivable: ReceivableEntity): Promise<ReceivableDetails> {
    const invoices = await this.invoicesOf([receivable.id]);
    return { receivable, invoices: invoices.get(receivable.id) ?? [] };
  }

  /** Writes what the lifecycle changes of a receivable (its row is locked by the caller). */
  async saveLifecycle(r: ReceivableEntity): Promise<void> {
    await this.query(
      `UPDATE receivables SET status = $2, confirmed_amount = $3, paid_amount = $4, due_date = $5,
              payment_term_days = $6, payment_term_flags = $7, dispute_reason = $8, confirmed_at = $9,
              settled_on = $10, updated_at = $11
        WHERE id = $1`,
      [
        r.id,
        r.status,
        r.confirmedAmount,
        r.paidAmount,
        r.dueDate,
        r.paymentTermDays,
        r.paymentTermFlags,
        r.disputeReason,
        r.confirmedAt,
        r.settledOn,
        r.updatedAt,
      ],
    );
  }

  /** Inserts a payment; returns the violated constraint when its reference was already recorded. */
  insertPayment(payment: ReceivablePaymentEntity): Promise<string | null> {
    return violatedConstraint(this.txHost.tx, () =>
      this.query(
        `INSERT INTO receivable_payments (id, receivable_id, amount, paid_on, reference, recorded_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          payment.id,
          payment.receivableId,
          payment.amount,
          payment.paidOn,
          payment.reference,
          payment.recordedBy,
          payment.createdAt,
        ],
      ),
    );
  }

  async paymentsOf(receivableId: string): Promise<ReceivablePaymentEntity[]> {
    const rows = await this.query<PaymentRow[]>(
      'SELECT * FROM receivable_payments WHERE receivable_id = $1 ORDER BY paid_on, created_at',
      [receivableId],
    );
    return rows.map(paymentOf);
  }

  async findVisible(id: string, principal: Principal): Promise<ReceivableEntity | null> {
    const params = new SqlParams();
    const [row] = await this.withParties(`r.id = ${params.add(id)} AND ${visibleTo(principal, params)}`, params);
    return row ?? null;
  }

  /** Locks the receivable row (not its parties) for a state change; null when not visible. */
  async lockVisible(id: string, principal: Principal): Promise<ReceivableEntity | null> {
    const params = new SqlParams();
    const condition = `r.id = ${params.add(id)} AND ${visibleTo(principal, params)}`;
    const [row] = await this.withParties(`${condition} FOR UPDATE OF r`, params);
    return row ?? null;
  }

  /** Locks visible rows in id order, so that crossing batches never deadlock. */
  async lockManyVisible(ids: string[], principal: Principal): Promise<ReceivableEntity[]> {
    if (ids.length === 0) return [];
    const params = new SqlParams();
    const condition = `r.id = ANY(${params.add(ids)}::uuid[]) AND ${visibleTo(principal, params)}`;
    return this.withParties(`${condition} ORDER BY r.id FOR UPDATE OF r`, params);
  }

  /** The creditor's own receivables among `ids`, locked in id order (for a financing request). */
  async lockOwnedByCreditor(ids: string[], creditorId: string): Promise<ReceivableEntity[]> {
    if (ids.length === 0) return [];
    return this.withParties('r.id = ANY($1::uuid[]) AND r.creditor_id = $2 ORDER BY r.id FOR UPDATE OF r', {
      values: [ids, creditorId],
    });
  }

  lockByFinancingRequest(financingRequestId: string): Promise<ReceivableEntity[]> {
    return this.withParties('r.financing_request_id = $1 ORDER BY r.id FOR UPDATE OF r', {
      values: [financingRequestId],
    });
  }

  /** Links receivables to a financing request unless already linked; returns how many it linked. */
  async linkFinancing(ids: string[], financingRequestId: string): Promise<number> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [, linked] = await this.query<[unknown[], number]>(
      `UPDATE receivables SET financing_request_id = $2, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND financing_request_id IS NULL`,
      [ids, financingRequestId],
    );
    return linked;
  }

  async unlinkFinancing(ids: string[]): Promise<void> {
    await this.query(
      'UPDATE receivables SET financing_request_id = NULL, pledge = NULL, updated_at = now() WHERE id = ANY($1::uuid[])',
      [ids],
    );
  }

  async setPledge(ids: string[], pledge: PledgeNotice): Promise<void> {
    await this.query('UPDATE receivables SET pledge = $2::jsonb, updated_at = now() WHERE id = ANY($1::uuid[])', [
      ids,
      JSON.stringify(pledge),
    ]);
  }

  async grantBankAccess(ids: string[], bankId: string, financingRequestId: string): Promise<void> {
    await this.query(
      `INSERT INTO receivable_bank_access (receivable_id, bank_id, financing_request_id)
       SELECT unnest($1::uuid[]), $2, $3 ON CONFLICT (bank_id, receivable_id) DO NOTHING`,
      [ids, bankId, financingRequestId],
    );
  }

  async page(
    principal: Principal,
    filter: ReceivableFilter,
    today: string,
    page: PageQuery,
  ): Promise<Page<ReceivableEntity> & { total?: number }> {
    const params = new SqlParams();
    const conditions = [visibleTo(principal, params)];
    if (filter.status) conditions.push(`r.status = ${params.add(filter.status)}`);
    if (filter.role) {
      if (!principal.enterpriseId) {
        throw invalid('VALIDATION_FAILED', 'role filters the caller enterprise’s side', [
          { field: 'role', message: 'only users of an enterprise can filter by their role' },
        ]);
      }
      const column = filter.role === 'creditor' ? 'r.creditor_id' : 'r.debtor_id';
      conditions.push(`${column} = ${params.add(principal.enterpriseId)}`);
    }
    if (filter.overdue !== undefined) {
      const overdue = `(r.status = 'CONFIRMED' AND r.due_date < ${params.add(today)})`;
      conditions.push(filter.overdue ? overdue : `NOT ${overdue}`);
    }
    if (filter.dueFrom) conditions.push(`r.due_date >= ${params.add(filter.dueFrom)}`);
    if (filter.dueTo) conditions.push(`r.due_date <= ${params.add(filter.dueTo)}`);
    if (filter.counterpartyId) {
      const counterparty = params.add(filter.counterpartyId);
      conditions.push(`(r.creditor_id = ${counterparty} OR r.debtor_id = ${counterparty})`);
    }
    if (filter.contractNo) conditions.push(`r.contract_no = ${params.add(filter.contractNo)}`);
    if (filter.q) {
      const like = params.add(likePattern(filter.q.trim()));
      conditions.push(`(r.contract_no ILIKE ${like} OR creditor.name ILIKE ${like} OR debtor.name ILIKE ${like})`);
    }
    const total = filter.withTotal ? await this.count(conditions, params) : undefined;
    const sort = filter.sort ?? '-createdAt';
    if (sort === '-createdAt') {
      const position = pagePosition(page);
      if (position) conditions.push(`(r.created_at, r.id) < (${params.add(position.at)}, ${params.add(position.id)})`);
      const rows = await this.withParties(
        `${conditions.join(' AND ')} ORDER BY r.created_at DESC, r.id DESC LIMIT ${params.add(page.limit + 1)}`,
        params,
      );
      return {
        ...pageOf(rows, page, (r) => ({ at: r.createdAt, id: r.id })),
        ...(total === undefined ? {} : { total }),
      };
    }
    // Keyset over (sort column, id) in the asked direction: stable under inserts, cheap at any depth.
    const key = sort.replace('-', '') as keyof typeof SORT_COLUMNS;
    const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
    const column = SORT_COLUMNS[key];
    if (page.cursor) {
      const position = sortedPosition(page.cursor, sort);
      const comparison = direction === 'DESC' ? '<' : '>';
      conditions.push(
        `(${column}, r.id) ${comparison} (${params.add(position.value)}::${SORT_CASTS[key]}, ${params.add(position.id)}::uuid)`,
      );
    }
    const rows = await this.withParties(
      `${conditions.join(' AND ')} ORDER BY ${column} ${direction}, r.id ${direction} LIMIT ${params.add(page.limit + 1)}`,
      params,
    );
    const items = rows.slice(0, page.limit);
    const last = items.at(-1);
    const value = (r: ReceivableEntity) =>
      key === 'createdAt' ? r.createdAt.toISOString() : key === 'amount' ? r.amount : r.dueDate;
    return {
      items,
      nextCursor: rows.length > page.limit && last ? sortedCursor(sort, value(last), last.id) : null,
      ...(total === undefined ? {} : { total }),
    };
  }

  /** How many receivables the conditions match (before paging). */
  private async count(conditions: string[], params: SqlParams): Promise<number> {
    const [{ total }] = await this.query<{ total: string }[]>(
      `SELECT count(*) AS total FROM receivables r ${PARTIES_JOIN} WHERE ${conditions.join(' AND ')}`,
      params.values,
    );
    return Number(total);
  }

  /** Receivables with their parties, selected by the rest of a query after WHERE. */
  private async withParties(rest: string, params: Pick<SqlParams, 'values'>): Promise<ReceivableEntity[]> {
    const rows = await this.query<ReceivableWithPartiesRow[]>(
      `SELECT ${RECEIVABLE_WITH_PARTIES} FROM receivables r ${PARTIES_JOIN} WHERE ${rest}`,
      params.values,
    );
    return rows.map(receivableWithPartiesOf);
  }
}

/**
 * Tenancy in the query (api-contract.md § Receivables): the parties' users; a bank that the
 * receivable was put before; a regulator of the region, or of the creditor's or debtor's city;
 * the operator. The creditor of a piece is its holder, and the holders of its ancestors see it too
 * (§ Transfer and split: a holder sees its descendants, the root's creditor the whole tree).
 * Anything else does not exist for the caller.
 */
export function visibleTo(principal: Principal, params: SqlParams): string {
  switch (principal.role) {
    case 'ADMIN':
      return 'true';
    case 'REGULATOR': {
      if (principal.jurisdiction === REGION_CODE) return 'true';
      const jurisdiction = params.add(principal.jurisdiction);
      return `(r.creditor_city_code = ${jurisdiction} OR r.debtor_city_code = ${jurisdiction})`;
    }
    case 'BANK':
      return `EXISTS (SELECT 1 FROM receivable_bank_access a WHERE a.receivable_id = r.id AND a.bank_id = ${params.add(principal.enterpriseId)})`;
    default: {
      const enterpriseId = params.add(principal.enterpriseId);
      const upstream = `(r.tier > 1 AND r.upstream_holder_ids @> ARRAY[${enterpriseId}]::uuid[])`;
      return `(r.creditor_id = ${enterpriseId} OR r.debtor_id = ${enterpriseId} OR ${upstream})`;
    }
  }
}

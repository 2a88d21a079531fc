import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import {
  isRegionRegulator,
  paginate,
  violatedConstraint,
  type Page,
  type PageQuery,
  type Principal,
} from '@gqt/platform';
import type { SelectQueryBuilder } from 'typeorm';
import type { FinancingStatus } from './domain/financing-status';
import { FinancingRequestReceivableEntity } from './financing-request-receivable.entity';
import { FinancingRequestEntity } from './financing-request.entity';

export interface FinancingRequestFilter {
  status?: FinancingStatus;
  /** A keyword: part of the SME's, the bank's or a debtor's name. */
  q?: string;
  /** Also count every request the filter matches. */
  withTotal?: boolean;
}

export const LIVE_LINK_CONSTRAINT = 'financing_request_receivables_live_key';
export const LIVE_AWARD_CONSTRAINT = 'financing_requests_live_award_key';

// The request was put before the bank `:bankId` among several (competing offers).
const INVITED =
  'EXISTS (SELECT 1 FROM financing_request_banks b WHERE b.financing_request_id = r.id AND b.bank_id = :bankId)';

@Injectable()
export class FinancingRequestsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get requests() {
    return this.txHost.tx.getRepository(FinancingRequestEntity);
  }

  private get links() {
    return this.txHost.tx.getRepository(FinancingRequestReceivableEntity);
  }

  async insert(request: FinancingRequestEntity): Promise<void> {
    await this.requests.insert(request);
  }

  /** Inserts a request that holds an award; returns the violated constraint (a live one holds it) or null. */
  insertHolding(request: FinancingRequestEntity): Promise<string | null> {
    return violatedConstraint(this.txHost.tx, () => this.requests.insert(request));
  }

  /** The request, locked, whoever asks (for event handlers, which act for the platform). */
  lock(id: string): Promise<FinancingRequestEntity | null> {
    return this.lockWhere(id, 'true', {});
  }

  /** Links the receivables; returns the violated constraint (a live link exists already) or null. */
  insertLinks(links: FinancingRequestReceivableEntity[]): Promise<string | null> {
    return violatedConstraint(this.txHost.tx, () => this.links.insert(links));
  }

  async save(request: FinancingRequestEntity): Promise<void> {
    await this.requests.save(request);
  }

  /** The request left the live states: its links no longer hold the receivables. */
  async endLinks(requestId: string): Promise<void> {
    await this.links.update({ financingRequestId: requestId }, { live: false });
  }

  /**
   * The request, locked, if the caller is its bank (bank users and the bank's API clients), or one
   * of the banks an OPEN request is before (whose decisions its status then refuses).
   */
  lockForBank(id: string, bankId: string): Promise<FinancingRequestEntity | null> {
    return this.lockWhere(id, `(r.bankId = :bankId OR (r.bankId IS NULL AND ${INVITED}))`, { bankId });
  }

  /** The request, locked, if it was put before this bank among several. */
  lockForInvitedBank(id: string, bankId: string): Promise<FinancingRequestEntity | null> {
    return this.lockWhere(id, INVITED, { bankId });
  }

  async insertInvitations(requestId: string, banks: { id: string; ratio: string }[]): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO financing_request_banks (financing_request_id, bank_id, financing_ratio)
       SELECT $1, unnest($2::uuid[]), unnest($3::numeric[])`,
      [requestId, banks.map((b) => b.id), banks.map((b) => b.ratio)],
    );
  }

  /** The banks each request was put before (requests to one bank have none), by request. */
  async invitationsOf(requestIds: string[]): Promise<Map<string, { bankId: string; ratio: string }[]>> {
    const found = new Map<string, { bankId: string; ratio: string }[]>();
    if (requestIds.length === 0) return found;
    const rows: { financing_request_id: string; bank_id: string; financing_ratio: string }[] =
      await this.txHost.tx.query(
        `SELECT financing_request_id, bank_id, financing_ratio::text AS financing_ratio FROM financing_request_banks
          WHERE financing_request_id = ANY($1::uuid[]) ORDER BY bank_id`,
        [requestIds],
      );
    for (const row of rows) {
      const list = found.get(row.financing_request_id) ?? [];
      list.push({ bankId: row.bank_id, ratio: row.financing_ratio });
      found.set(row.financing_request_id, list);
    }
    return found;
  }

  /** OPEN requests whose time is up at `now`, oldest first. */
  async expiredOpen(now: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.txHost.tx.query(
      `SELECT id FROM financing_requests WHERE status = 'OPEN' AND expires_at <= $1 ORDER BY expires_at LIMIT $2`,
      [now, limit],
    );
    return rows.map((row) => row.id);
  }

  /** The accepted request now has its bank: so have its links. */
  async assignLinks(requestId: string, bankId: string): Promise<void> {
    await this.links.update({ financingRequestId: requestId }, { bankId });
  }

  /** The request, locked, if the caller is the SME that made it. */
  lockForSme(id: string, smeId: string): Promise<FinancingRequestEntity | null> {
    return this.lockWhere(id, 'r.smeId = :smeId', { smeId });
  }

  private lockWhere(id: string, owner: string, parameters: object): Promise<FinancingRequestEntity | null> {
    return this.requests
      .createQueryBuilder('r')
      .where(`r.id = :id AND ${owner}`, { id, ...parameters })
      .setLock('pessimistic_write')
      .getOne();
  }

  findVisible(id: string, principal: Principal): Promise<FinancingRequestEntity | null> {
    return this.visibleTo(principal).andWhere('r.id = :id', { id }).getOne();
  }

  async page(
    principal: Principal,
    filter: FinancingRequestFilter,
    page: PageQuery,
  ): Promise<Page<FinancingRequestEntity> & { total?: number }> {
    const query = this.visibleTo(principal);
    if (filter.status) query.andWhere('r.status = :status', { status: filter.status });
    if (filter.q) {
      // `%` and `_` in a keyword are meant literally.
      const q = `%${filter.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        `(EXISTS (SELECT 1 FROM enterprises e WHERE e.id IN (r.sme_id, r.bank_id) AND e.name ILIKE :q)
          OR EXISTS (SELECT 1 FROM financing_request_receivables l JOIN enterprises d ON d.id = l.debtor_id
                      WHERE l.financing_request_id = r.id AND d.name ILIKE :q))`,
        { q },
      );
    }
    const total = filter.withTotal ? await query.clone().getCount() : undefined;
    const found = await paginate(query, page);
    return total === undefined ? found : { ...found, total };
  }

  linksOf(requestIds: string[]): Promise<FinancingRequestReceivableEntity[]> {
    if (requestIds.length === 0) return Promise.resolve([]);
    return this.links
      .createQueryBuilder('l')
      .where('l.financingRequestId IN (:...requestIds)', { requestIds })
      .orderBy('l.receivableId')
      .getMany();
  }

  /** Every bank a receivable was ever put before (the banks that may read it). */
  async banksSeeing(receivableId: string): Promise<string[]> {
    const rows: { bank_id: string }[] = await this.txHost.tx.query(
      `SELECT bank_id FROM financing_request_receivables WHERE receivable_id = $1 AND bank_id IS NOT NULL
       UNION
       SELECT b.bank_id FROM financing_request_banks b
         JOIN financing_request_receivables l ON l.financing_request_id = b.financing_request_id
        WHERE l.receivable_id = $1`,
      [receivableId],
    );
    return rows.map((row) => row.bank_id);
  }

  /**
   * Tenancy in the query (api-contract.md § Pledge financing): the SME its own requests, a bank
   * those made to it, a regulator its jurisdiction, the operator all; anyone else nothing.
   */
  private visibleTo(principal: Principal): SelectQueryBuilder<FinancingRequestEntity> {
    const query = this.requests.createQueryBuilder('r');
    switch (principal.role) {
      case 'ADMIN':
        return query;
      case 'REGULATOR':
        return isRegionRegulator(principal)
          ? query
          : query.where(':jurisdiction = ANY(r.jurisdictions)', { jurisdiction: principal.jurisdiction });
      case 'SME':
        return query.where('r.smeId = :enterpriseId', { enterpriseId: principal.enterpriseId });
      case 'BANK':
        return query.where(`(r.bankId = :bankId OR ${INVITED})`, { bankId: principal.enterpriseId });
      default:
        return query.where('false');
    }
  }
}

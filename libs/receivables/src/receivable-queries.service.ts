import { Injectable } from '@nestjs/common';
import { notFound, shanghaiDate } from '@gqt/kernel';
import { AuditService, type AuditEventEntity, type Page, type PageQuery, type Principal } from '@gqt/platform';
import type { ReceivableDetails } from './receivable-details';
import type { ReceivablePaymentEntity } from './receivable-payment.entity';
import { ReceivablesRepository, type ReceivableFilter } from './receivables.repository';

/** What callers may read of receivables: tenancy is in every query (invisible = 404). */
@Injectable()
export class ReceivableQueriesService {
  constructor(
    private readonly receivables: ReceivablesRepository,
    private readonly audit: AuditService,
  ) {}

  async get(principal: Principal, id: string): Promise<ReceivableDetails> {
    const receivable = await this.receivables.findVisible(id, principal);
    if (!receivable) throw notFound('The receivable');
    return this.receivables.detailsOf(receivable);
  }

  async list(principal: Principal, filter: ReceivableFilter, page: PageQuery): Promise<Page<ReceivableDetails>> {
    const found = await this.receivables.page(principal, filter, shanghaiDate(), page);
    const invoices = await this.receivables.invoicesOf(found.items.map((r) => r.id));
    return {
      items: found.items.map((receivable) => ({ receivable, invoices: invoices.get(receivable.id) ?? [] })),
      nextCursor: found.nextCursor,
    };
  }

  /** The receivable's timeline from the audit trail, for whoever can see the receivable. */
  async timeline(principal: Principal, id: string): Promise<AuditEventEntity[]> {
    await this.assertVisible(principal, id);
    return this.audit.timeline(id);
  }

  async payments(principal: Principal, id: string): Promise<ReceivablePaymentEntity[]> {
    await this.assertVisible(principal, id);
    return this.receivables.paymentsOf(id);
  }

  private async assertVisible(principal: Principal, id: string): Promise<void> {
    if (!(await this.receivables.findVisible(id, principal))) throw notFound('The receivable');
  }
}

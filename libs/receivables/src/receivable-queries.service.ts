import { Injectable } from '@nestjs/common';
import { notFound, shanghaiDate } from '@gqt/kernel';
import { AuditService, type AuditEventEntity, type Page, type PageQuery, type Principal } from '@gqt/platform';
import { holdersShown, type TreeView } from './domain/receivable-tree';
import { treeIdOf, type ReceivableDetails } from './receivable-details';
import type { ReceivablePaymentEntity } from './receivable-payment.entity';
import type { ReceivableEntity } from './receivable.entity';
import { ReceivablesRepository, type ReceivableFilter } from './receivables.repository';
import { ReceivableTreesRepository } from './transfer/receivable-trees.repository';

/** A tree of pieces as one caller sees it (api-contract.md § Transfer and split). */
export interface ReceivableTree {
  rootId: string;
  /** Every piece of the tree with its parties, the root first. */
  pieces: ReceivableEntity[];
  /** The pieces whose holder the caller is shown; the others are shown without. */
  holdersShown: Set<string>;
}

/** What callers may read of receivables: tenancy is in every query (invisible = 404). */
@Injectable()
export class ReceivableQueriesService {
  constructor(
    private readonly receivables: ReceivablesRepository,
    private readonly trees: ReceivableTreesRepository,
    private readonly audit: AuditService,
  ) {}

  async get(principal: Principal, id: string): Promise<ReceivableDetails> {
    const receivable = await this.receivables.findVisible(id, principal);
    if (!receivable) throw notFound('The receivable');
    return this.receivables.detailsOf(receivable);
  }

  async list(
    principal: Principal,
    filter: ReceivableFilter,
    page: PageQuery,
  ): Promise<Page<ReceivableDetails> & { total?: number }> {
    const found = await this.receivables.page(principal, filter, shanghaiDate(), page);
    const invoices = await this.receivables.invoicesOf(found.items.map((r) => r.id));
    return {
      items: found.items.map((receivable) => ({ receivable, invoices: invoices.get(receivable.id) ?? [] })),
      nextCursor: found.nextCursor,
      ...(found.total === undefined ? {} : { total: found.total }),
    };
  }

  /** All pieces of the tree of a receivable the caller can see; whose holders it is shown depends on who it is. */
  async tree(principal: Principal, id: string): Promise<ReceivableTree> {
    const receivable = await this.receivables.findVisible(id, principal);
    if (!receivable) throw notFound('The receivable');
    const rootId = treeIdOf(receivable);
    const pieces = await this.trees.tree(rootId);
    return { rootId, pieces, holdersShown: holdersShown(pieces, await this.treeView(principal, pieces)) };
  }

  /** The debtor, the root's creditor, regulators and the operator see every holder; others what they may see. */
  private async treeView(principal: Principal, pieces: ReceivableEntity[]): Promise<TreeView> {
    const [root] = pieces;
    const party = principal.enterpriseId !== null && [root.debtorId, root.creditorId].includes(principal.enterpriseId);
    if (party || principal.role === 'ADMIN' || principal.role === 'REGULATOR') return { kind: 'WHOLE' };
    const visible = await this.trees.visibleAmong(
      pieces.map((p) => p.id),
      principal,
    );
    return { kind: principal.role === 'BANK' ? 'OWN' : 'CHAIN', visible };
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

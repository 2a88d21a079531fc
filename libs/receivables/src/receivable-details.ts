import { Money } from '@gqt/kernel';
import type { ReceivableFigures } from './domain/receivable';
import type { ReceivableInvoiceEntity } from './receivable-invoice.entity';
import type { ReceivableEntity } from './receivable.entity';

/** A receivable with its parties (loaded on the entity) and its invoice lines: what reads return. */
export interface ReceivableDetails {
  receivable: ReceivableEntity;
  invoices: ReceivableInvoiceEntity[];
}

export function figuresOf(r: ReceivableEntity): ReceivableFigures {
  return {
    status: r.status,
    amount: Money.parse(r.amount),
    confirmedAmount: r.confirmedAmount === null ? null : Money.parse(r.confirmedAmount),
    paidAmount: Money.parse(r.paidAmount),
    transferredAmount: Money.parse(r.transferredAmount),
    deliveryDate: r.deliveryDate,
    dueDate: r.dueDate,
  };
}

/** The id of a receivable's tree: its root's, which is its own on a root. */
export const treeIdOf = (r: Pick<ReceivableEntity, 'id' | 'rootId'>): string => r.rootId ?? r.id;

/** What the audit trail keeps of a receivable: its own columns, not its parties. */
export function auditSnapshot(r: ReceivableEntity): Omit<ReceivableEntity, 'creditor' | 'debtor'> {
  const { creditor: _creditor, debtor: _debtor, ...own } = r;
  return own;
}

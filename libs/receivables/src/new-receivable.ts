import type { EnterpriseEntity } from '@gqt/enterprises';
import type { Actor, AuditRecord, DomainEvent } from '@gqt/platform';
import { randomUUID } from 'node:crypto';
import type { PaymentTermFlag } from './domain/payment-terms';
import type { RegisteredInvoice } from './domain/registration';
import { RECEIVABLE_EVENTS, commonFields, receivableEvent } from './receivable-events';
import { ReceivableInvoiceEntity } from './receivable-invoice.entity';
import { ReceivableEntity } from './receivable.entity';

export interface ReceivableDraft {
  creditor: EnterpriseEntity;
  debtor: EnterpriseEntity;
  contractNo: string;
  amount: string;
  invoices: RegisteredInvoice[];
  deliveryDate: string;
  dueDate: string;
  terms: { paymentTermDays: number; flags: PaymentTermFlag[] };
  lateInterestRate: string | null;
  description: string | null;
  createdBy: string | null;
  importJobId: string | null;
  importRow: number | null;
}

export interface NewReceivableRecords {
  receivable: ReceivableEntity;
  invoices: ReceivableInvoiceEntity[];
}

/** The rows of a receivable waiting for confirmation, from a registration that passed every rule. */
export function newReceivableRecords(draft: ReceivableDraft, now: Date): NewReceivableRecords {
  const receivable = Object.assign(new ReceivableEntity(), {
    id: randomUUID(),
    status: 'PENDING_CONFIRMATION',
    creditorId: draft.creditor.id,
    debtorId: draft.debtor.id,
    creditorCityCode: draft.creditor.cityCode,
    debtorCityCode: draft.debtor.cityCode,
    contractNo: draft.contractNo,
    amount: draft.amount,
    confirmedAmount: null,
    paidAmount: '0.00',
    deliveryDate: draft.deliveryDate,
    dueDate: draft.dueDate,
    paymentTermDays: draft.terms.paymentTermDays,
    paymentTermFlags: draft.terms.flags,
    lateInterestRate: draft.lateInterestRate,
    description: draft.description,
    confirmedAt: null,
    disputeReason: null,
    settledOn: null,
    financingRequestId: null,
    pledge: null,
    transferredAmount: '0.00',
    parentId: null,
    rootId: null,
    tier: 1,
    upstreamHolderIds: [],
    createdBy: draft.createdBy,
    importJobId: draft.importJobId,
    importRow: draft.importRow,
    createdAt: now,
    updatedAt: now,
  } satisfies Omit<ReceivableEntity, 'creditor' | 'debtor'>);
  const invoices = draft.invoices.map((invoice, position) =>
    Object.assign(new ReceivableInvoiceEntity(), {
      receivableId: receivable.id,
      position,
      number: invoice.number,
      amount: invoice.amount.toString(),
      issueDate: invoice.issueDate,
      live: true,
    }),
  );
  return { receivable, invoices };
}

export function registrationAudit({ receivable, invoices }: NewReceivableRecords, actor: Actor): AuditRecord {
  return {
    entityType: 'receivable',
    entityId: receivable.id,
    action: RECEIVABLE_EVENTS.registered,
    actor,
    jurisdictions: [receivable.creditorCityCode, receivable.debtorCityCode],
    after: {
      ...receivable,
      invoices: invoices.map(({ number, amount, issueDate }) => ({ number, amount, issueDate })),
    },
  };
}

export function registeredEvent(receivable: ReceivableEntity, debtor: EnterpriseEntity): DomainEvent {
  return receivableEvent(RECEIVABLE_EVENTS.registered, receivable, {
    ...commonFields(receivable, debtor.industry),
    amount: receivable.amount,
    deliveryDate: receivable.deliveryDate,
    dueDate: receivable.dueDate,
    paymentTermDays: receivable.paymentTermDays,
    lateInterestRate: receivable.lateInterestRate,
    ...(receivable.importJobId ? { importJobId: receivable.importJobId } : {}),
  });
}

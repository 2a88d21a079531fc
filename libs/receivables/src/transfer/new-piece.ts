import type { EnterpriseEntity } from '@gqt/enterprises';
import type { Money } from '@gqt/kernel';
import type { Actor, AuditRecord, DomainEvent } from '@gqt/platform';
import { randomUUID } from 'node:crypto';
import { outstandingOf } from '../domain/receivable';
import { auditSnapshot, figuresOf, treeIdOf } from '../receivable-details';
import { RECEIVABLE_EVENTS, commonFields, receivableEvent } from '../receivable-events';
import { ReceivableEntity } from '../receivable.entity';
import { ReceivableTransferEntity } from './receivable-transfer.entity';

export interface PieceDraft {
  /** The receivable part of which is passed on, locked, with its parties. */
  from: ReceivableEntity;
  to: EnterpriseEntity;
  amount: Money;
  tier: number;
  reference: string;
  transferredOn: string;
  createdBy: string | null;
}

export interface NewPieceRecords {
  piece: ReceivableEntity;
  transfer: ReceivableTransferEntity;
}

/**
 * The piece a transfer creates: a confirmed receivable of the transferee on the same debtor, under
 * the same contract and terms, due on the same day; the root's confirmation and invoices stand
 * behind it (api-contract.md § Transfer and split), so it carries none of its own.
 */
export function newPieceRecords(draft: PieceDraft, now: Date): NewPieceRecords {
  const { from, to } = draft;
  const piece = Object.assign(new ReceivableEntity(), {
    id: randomUUID(),
    status: 'CONFIRMED',
    creditorId: to.id,
    debtorId: from.debtorId,
    creditorCityCode: to.cityCode,
    debtorCityCode: from.debtorCityCode,
    contractNo: from.contractNo,
    amount: draft.amount.toString(),
    confirmedAmount: draft.amount.toString(),
    paidAmount: '0.00',
    deliveryDate: from.deliveryDate,
    dueDate: from.dueDate,
    paymentTermDays: from.paymentTermDays,
    paymentTermFlags: from.paymentTermFlags,
    lateInterestRate: from.lateInterestRate,
    description: null,
    confirmedAt: from.confirmedAt,
    disputeReason: null,
    settledOn: null,
    financingRequestId: null,
    pledge: null,
    transferredAmount: '0.00',
    parentId: from.id,
    rootId: treeIdOf(from),
    tier: draft.tier,
    upstreamHolderIds: [...from.upstreamHolderIds, from.creditorId],
    createdBy: draft.createdBy,
    importJobId: null,
    importRow: null,
    createdAt: now,
    updatedAt: now,
  } satisfies Omit<ReceivableEntity, 'creditor' | 'debtor'>);
  const transfer = Object.assign(new ReceivableTransferEntity(), {
    id: randomUUID(),
    receivableId: from.id,
    pieceId: piece.id,
    fromEnterpriseId: from.creditorId,
    toEnterpriseId: to.id,
    amount: draft.amount.toString(),
    reference: draft.reference,
    transferredOn: draft.transferredOn,
    createdBy: draft.createdBy,
    createdAt: now,
  });
  return { piece: Object.assign(piece, { creditor: to, debtor: from.debtor }), transfer };
}

export function pieceAudit({ piece, transfer }: NewPieceRecords, actor: Actor): AuditRecord {
  return {
    entityType: 'receivable',
    entityId: piece.id,
    action: RECEIVABLE_EVENTS.pieceCreated,
    actor,
    jurisdictions: [piece.creditorCityCode, piece.debtorCityCode],
    after: { ...auditSnapshot(piece), transfer },
  };
}

/** What the transfer tells others: the parent's side (banks hear it) and the new piece (monitoring, inboxes). */
export function transferEvents(from: ReceivableEntity, { piece, transfer }: NewPieceRecords): DomainEvent[] {
  const debtorIndustry = from.debtor!.industry;
  return [
    receivableEvent(RECEIVABLE_EVENTS.transferred, from, {
      ...commonFields(from, debtorIndustry),
      transferId: transfer.id,
      pieceId: piece.id,
      rootId: treeIdOf(from),
      amount: transfer.amount,
      transferredOn: transfer.transferredOn,
      transferredAmount: from.transferredAmount,
      outstandingAmount: outstandingOf(figuresOf(from)).toString(),
      status: from.status === 'TRANSFERRED' ? 'TRANSFERRED' : 'CONFIRMED',
      dueDate: from.dueDate,
    }),
    receivableEvent(RECEIVABLE_EVENTS.pieceCreated, piece, {
      ...commonFields(piece, debtorIndustry),
      transferId: transfer.id,
      parentId: from.id,
      rootId: treeIdOf(from),
      tier: piece.tier,
      fromEnterpriseId: from.creditorId,
      amount: piece.amount,
      deliveryDate: piece.deliveryDate,
      dueDate: piece.dueDate,
      lateInterestRate: piece.lateInterestRate,
      issuedOn: transfer.transferredOn,
    }),
  ];
}

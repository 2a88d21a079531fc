// The receivables context's published language: event names and payloads as other contexts
// (monitoring's read model, webhooks, notifications) consume them. Money is a string with two
// decimals, dates YYYY-MM-DD, timestamps ISO strings.
export const RECEIVABLE_EVENTS = {
  registered: 'receivable.registered',
  confirmed: 'receivable.confirmed',
  disputed: 'receivable.disputed',
  cancelled: 'receivable.cancelled',
  paymentRecorded: 'receivable.payment_recorded',
  settled: 'receivable.settled',
  transferred: 'receivable.transferred',
  pieceCreated: 'receivable.piece_created',
} as const;
export type ReceivableEventType = (typeof RECEIVABLE_EVENTS)[keyof typeof RECEIVABLE_EVENTS];

/** Fields every receivable event carries. */
export interface ReceivableEventCommon {
  receivableId: string;
  creditorId: string;
  debtorId: string;
  creditorCityCode: string;
  debtorCityCode: string;
  debtorIndustry: string;
  contractNo: string;
}

export interface ReceivableRegisteredPayload extends ReceivableEventCommon {
  amount: string;
  deliveryDate: string;
  dueDate: string;
  paymentTermDays: number;
  lateInterestRate: string | null;
  /** The import job that registered it, when it came from a file. */
  importJobId?: string;
}

export interface ReceivableConfirmedPayload extends ReceivableEventCommon {
  confirmedAmount: string;
  /** The registered amount: more than `confirmedAmount` for a partial confirmation. */
  amount?: string;
  /** With a partial confirmation: the debtor's reason for the rest. */
  reason?: string | null;
  outstandingAmount: string;
  dueDate: string;
  confirmedAt: string;
  registeredAt: string;
}

export interface ReceivableDisputedPayload extends ReceivableEventCommon {
  reason: string;
}

export type ReceivableCancelledPayload = ReceivableEventCommon;

export interface ReceivablePaymentRecordedPayload extends ReceivableEventCommon {
  paymentId: string;
  amount: string;
  paidOn: string;
  outstandingAmount: string;
  dueDate: string;
}

export interface ReceivableSettledPayload extends ReceivableEventCommon {
  settledOn: string;
}

/**
 * Its holder passed part or all of it on as a piece (api-contract.md § Transfer and split): the
 * receivable's side, as banks that see it hear it (nothing of the transferee).
 */
export interface ReceivableTransferredPayload extends ReceivableEventCommon {
  transferId: string;
  pieceId: string;
  rootId: string;
  amount: string;
  /** The Shanghai calendar day of the transfer. */
  transferredOn: string;
  /** Everything passed on of it so far, this transfer included. */
  transferredAmount: string;
  outstandingAmount: string;
  /** TRANSFERRED once nothing is left to its holder. */
  status: 'CONFIRMED' | 'TRANSFERRED';
  dueDate: string;
}

/**
 * A piece was split off a receivable and is now a confirmed receivable of its own, held by the
 * transferee (its `creditorId`): same debtor, contract and due date as its parent.
 */
export interface ReceivablePieceCreatedPayload extends ReceivableEventCommon {
  transferId: string;
  parentId: string;
  rootId: string;
  tier: number;
  /** The holder it came from. */
  fromEnterpriseId: string;
  amount: string;
  deliveryDate: string;
  dueDate: string;
  lateInterestRate: string | null;
  /** The Shanghai calendar day it was issued (the transfer's day). */
  issuedOn: string;
}

export interface ReceivablePayloads {
  'receivable.registered': ReceivableRegisteredPayload;
  'receivable.confirmed': ReceivableConfirmedPayload;
  'receivable.disputed': ReceivableDisputedPayload;
  'receivable.cancelled': ReceivableCancelledPayload;
  'receivable.payment_recorded': ReceivablePaymentRecordedPayload;
  'receivable.settled': ReceivableSettledPayload;
  'receivable.transferred': ReceivableTransferredPayload;
  'receivable.piece_created': ReceivablePieceCreatedPayload;
}

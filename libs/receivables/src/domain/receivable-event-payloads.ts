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

export interface ReceivablePayloads {
  'receivable.registered': ReceivableRegisteredPayload;
  'receivable.confirmed': ReceivableConfirmedPayload;
  'receivable.disputed': ReceivableDisputedPayload;
  'receivable.cancelled': ReceivableCancelledPayload;
  'receivable.payment_recorded': ReceivablePaymentRecordedPayload;
  'receivable.settled': ReceivableSettledPayload;
}

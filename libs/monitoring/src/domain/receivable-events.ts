// The receivables context's domain events as CONTRACTS.md defines them: money is a string with two
// decimals, dates YYYY-MM-DD, timestamps ISO strings. Monitoring builds its read model from these.
import type { BusinessDate } from '@gqt/kernel';

export const RECEIVABLE_EVENTS = {
  registered: 'receivable.registered',
  confirmed: 'receivable.confirmed',
  disputed: 'receivable.disputed',
  cancelled: 'receivable.cancelled',
  paymentRecorded: 'receivable.payment_recorded',
  settled: 'receivable.settled',
  overdue: 'receivable.overdue',
} as const;

/** What every receivable event carries. */
export interface ReceivableEventBase {
  receivableId: string;
  creditorId: string;
  debtorId: string;
  creditorCityCode: string;
  debtorCityCode: string;
  debtorIndustry: string;
  contractNo: string;
}

export type ReceivableEventPayloads = {
  'receivable.registered': ReceivableEventBase & {
    amount: string;
    deliveryDate: BusinessDate;
    dueDate: BusinessDate;
    paymentTermDays: number;
    /** Annual decimal, e.g. "0.0435", or null when none was agreed. */
    lateInterestRate: string | null;
  };
  'receivable.confirmed': ReceivableEventBase & {
    confirmedAmount: string;
    outstandingAmount: string;
    dueDate: BusinessDate;
    confirmedAt: string;
    registeredAt: string;
  };
  'receivable.disputed': ReceivableEventBase & { reason: string };
  'receivable.cancelled': ReceivableEventBase;
  'receivable.payment_recorded': ReceivableEventBase & {
    paymentId: string;
    amount: string;
    paidOn: BusinessDate;
    outstandingAmount: string;
    dueDate: BusinessDate;
  };
  'receivable.settled': ReceivableEventBase & { settledOn: BusinessDate };
};

/** The events the read model consumes. */
export type ConsumedReceivableEventType = keyof ReceivableEventPayloads;

export type ConsumedReceivableEvent = {
  [T in ConsumedReceivableEventType]: { type: T; payload: ReceivableEventPayloads[T] };
}[ConsumedReceivableEventType];

export const CONSUMED_RECEIVABLE_EVENTS: ConsumedReceivableEventType[] = [
  RECEIVABLE_EVENTS.registered,
  RECEIVABLE_EVENTS.confirmed,
  RECEIVABLE_EVENTS.disputed,
  RECEIVABLE_EVENTS.cancelled,
  RECEIVABLE_EVENTS.paymentRecorded,
  RECEIVABLE_EVENTS.settled,
];

/** Published by monitoring once per receivable, when it is first seen overdue. */
export type ReceivableOverduePayload = ReceivableEventBase & {
  dueDate: BusinessDate;
  outstandingAmount: string;
  asOf: BusinessDate;
};

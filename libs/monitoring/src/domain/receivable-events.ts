// Monitoring builds its read model from the receivables context's events, typed by that context's
// published payloads, and publishes one event of its own when it first sees a receivable overdue.
import type { BusinessDate } from '@gqt/kernel';
import type { ReceivableEventCommon, ReceivablePayloads } from '@gqt/receivables';

export type ConsumedReceivableEventType = keyof ReceivablePayloads;

export type ConsumedReceivableEvent = {
  [T in ConsumedReceivableEventType]: { type: T; payload: ReceivablePayloads[T] };
}[ConsumedReceivableEventType];

/** Every event of a receivable's life changes the read model. */
export const CONSUMED_RECEIVABLE_EVENTS: ConsumedReceivableEventType[] = [
  'receivable.registered',
  'receivable.confirmed',
  'receivable.disputed',
  'receivable.cancelled',
  'receivable.payment_recorded',
  'receivable.settled',
  'receivable.transferred',
  'receivable.piece_created',
];

export const RECEIVABLE_OVERDUE = 'receivable.overdue';

/** Published by monitoring once per receivable, when it is first seen overdue. */
export type ReceivableOverduePayload = ReceivableEventCommon & {
  dueDate: BusinessDate;
  outstandingAmount: string;
  asOf: BusinessDate;
};

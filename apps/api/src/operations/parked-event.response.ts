import type { EventHandlerFailureEntity } from '@gqt/platform';

/** A domain event one of whose handlers failed its last attempt on it, waiting for a replay. */
export class ParkedEventResponse {
  /** The parked entry (one event, one handler): what `POST .../{id}/replay` takes. */
  id!: string;

  eventId!: string;

  /** @example "receivable.registered" */
  eventType!: string;

  /** @example "receivable" */
  aggregateType!: string;

  aggregateId!: string;

  /** The event's content, as the handler received it. */
  payload!: object;

  occurredAt!: Date;

  /** @example "monitoring.enterprise-names" */
  handler!: string;

  /** Failed attempts, the last of which parked it. @example 5 */
  attempts!: number;

  /** @example "TypeError: Cannot read properties of undefined (reading 'amount')" */
  lastError!: string;

  firstFailedAt!: Date;

  parkedAt!: Date;

  static of(entry: EventHandlerFailureEntity): ParkedEventResponse {
    const event = entry.event!;
    return {
      id: entry.id,
      eventId: entry.eventId,
      eventType: event.type,
      aggregateType: event.aggregateType,
      aggregateId: event.aggregateId,
      payload: event.payload,
      occurredAt: event.occurredAt,
      handler: entry.handler,
      attempts: entry.attempts,
      lastError: entry.lastError,
      firstFailedAt: entry.firstFailedAt,
      parkedAt: entry.parkedAt!,
    };
  }
}

export class ParkedEventPage {
  items!: ParkedEventResponse[];

  nextCursor!: string | null;
}

export class ReplayedEventsResponse {
  /** Parked entries handed to their handlers again. @example 3 */
  replayed!: number;
}

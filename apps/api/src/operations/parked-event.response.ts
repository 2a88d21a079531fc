import {
  IdField,
  IntField,
  ListField,
  MAX_HANDLER_ERROR_LENGTH,
  TextField,
  TimestampField,
  type EventHandlerFailureEntity,
} from '@gqt/platform';
import { CodeField, NextCursorField } from '../common/fields';

const HANDLER_NAME = /^[a-z0-9][a-z0-9._-]*$/;

/** A domain event one of whose handlers failed its last attempt on it, waiting for a replay. */
export class ParkedEventResponse {
  /** The parked entry (one event, one handler): what `POST .../{id}/replay` takes. */
  @IdField()
  id!: string;

  @IdField()
  eventId!: string;

  /** @example "receivable.registered" */
  @CodeField()
  eventType!: string;

  /** @example "receivable" */
  @CodeField()
  aggregateType!: string;

  @IdField()
  aggregateId!: string;

  /** The event's content, as the handler received it. */
  payload!: object;

  @TimestampField()
  occurredAt!: Date;

  /** @example "monitoring.enterprise-names" */
  @TextField(100, { pattern: HANDLER_NAME })
  handler!: string;

  /** Failed attempts, the last of which parked it. @example 5 */
  @IntField(1, 1000)
  attempts!: number;

  /** @example "TypeError: Cannot read properties of undefined (reading 'amount')" */
  @TextField(MAX_HANDLER_ERROR_LENGTH)
  lastError!: string;

  @TimestampField()
  firstFailedAt!: Date;

  @TimestampField()
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
  @ListField({ maxItems: 200, of: ParkedEventResponse })
  items!: ParkedEventResponse[];

  @NextCursorField()
  nextCursor!: string | null;
}

export class ReplayedEventsResponse {
  /** Parked entries handed to their handlers again. @example 3 */
  @IntField(0, 1_000_000)
  replayed!: number;
}

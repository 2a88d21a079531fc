import {
  WEBHOOK_EVENT_TYPES,
  type WebhookAttemptEntity,
  type WebhookDeliveryEntity,
  type SubscriptionWithSecret,
  type WebhookEventType,
  type WebhookSubscriptionEntity,
} from '@gqt/webhooks';
import { EnumField, IdField, IntField, ListField, TextField, TimestampField } from '@gqt/platform';
import { CodeField, NextCursorField } from '../common/fields';
import { WEBHOOK_URL } from './create-webhook-subscription.dto';

export class WebhookSubscriptionResponse {
  @IdField()
  id!: string;

  /** @example "https://hooks.bank.example/gqt" */
  @TextField(2048, { pattern: WEBHOOK_URL })
  url!: string;

  /** @example ["financing_request.submitted"] */
  @ListField({ maxItems: WEBHOOK_EVENT_TYPES.length })
  @EnumField(WEBHOOK_EVENT_TYPES, 'WebhookEventType', { each: true })
  events!: WebhookEventType[];

  @TimestampField()
  createdAt!: Date;

  @TimestampField()
  secretRotatedAt!: Date | null;

  static of(s: WebhookSubscriptionEntity): WebhookSubscriptionResponse {
    return { id: s.id, url: s.url, events: s.events, createdAt: s.createdAt, secretRotatedAt: s.secretRotatedAt };
  }
}

export class WebhookSecretResponse extends WebhookSubscriptionResponse {
  /**
   * The HMAC-SHA256 key of X-GQT-Signature, shown only here (and when rotated).
   * @example "whsec_Qm9vZ2xlLWlzLW5vdC1hLXNlY3JldC1qdXN0LWFuLWV4YW1wbGU"
   */
  @TextField(100, { pattern: /^whsec_[A-Za-z0-9_-]+$/ })
  secret!: string;

  static withSecret({ subscription, secret }: SubscriptionWithSecret): WebhookSecretResponse {
    return { ...WebhookSubscriptionResponse.of(subscription), secret };
  }
}

export class WebhookSubscriptionPage {
  @ListField({ maxItems: 200, of: WebhookSubscriptionResponse })
  items!: WebhookSubscriptionResponse[];

  @NextCursorField()
  nextCursor!: string | null;
}

/** One attempt at delivering one event (api-contract.md § Webhooks). */
export class WebhookAttemptResponse {
  @IdField()
  id!: string;

  /** The X-GQT-Delivery header of the delivery: the same on every retry. */
  @IdField()
  eventId!: string;

  /** @example "financing_request.submitted" */
  @EnumField(WEBHOOK_EVENT_TYPES, 'WebhookEventType')
  eventType!: string;

  /** 1 for the first try. @example 2 */
  @IntField(1, 1000)
  attempt!: number;

  /** The receiver's HTTP status, or null when no answer came. @example 200 */
  @IntField(100, 599)
  status!: number | null;

  /** Why no answer came (network error, timeout). @example "connect ECONNREFUSED 203.0.113.7:443" */
  @TextField(1000)
  error?: string;

  /** @example 184 */
  durationMs!: number;

  @TimestampField()
  attemptedAt!: Date;

  /** When the next retry is due, after a failed attempt. */
  @TimestampField()
  nextAttemptAt?: Date;

  static of(a: WebhookAttemptEntity): WebhookAttemptResponse {
    return {
      id: a.id,
      eventId: a.eventId,
      eventType: a.eventType,
      attempt: a.attempt,
      status: a.status,
      ...(a.error !== null && { error: a.error }),
      durationMs: a.durationMs,
      attemptedAt: a.attemptedAt,
      ...(a.nextAttemptAt !== null && { nextAttemptAt: a.nextAttemptAt }),
    };
  }
}

export class WebhookAttemptPage {
  @ListField({ maxItems: 200, of: WebhookAttemptResponse })
  items!: WebhookAttemptResponse[];

  @NextCursorField()
  nextCursor!: string | null;
}

export class ReplayedDeliveryResponse {
  /** The delivery's id as sent in X-GQT-Delivery (the event id). */
  @IdField()
  deliveryId!: string;

  /** @example "financing_request.submitted" */
  @EnumField(WEBHOOK_EVENT_TYPES, 'WebhookEventType')
  eventType!: string;

  /** @example "PENDING" */
  @CodeField()
  state!: string;

  /** Attempts made so far; the replay is the next one. @example 3 */
  attempts!: number;

  static of(d: WebhookDeliveryEntity): ReplayedDeliveryResponse {
    return { deliveryId: d.eventId, eventType: d.eventType, state: d.state, attempts: d.attempts };
  }
}

import {
  WEBHOOK_EVENT_TYPES,
  type WebhookAttemptEntity,
  type WebhookDeliveryEntity,
  type SubscriptionWithSecret,
  type WebhookEventType,
  type WebhookSubscriptionEntity,
} from '@gqt/webhooks';
import { ApiProperty } from '@nestjs/swagger';

export class WebhookSubscriptionResponse {
  id!: string;

  /** @example "https://hooks.bank.example/gqt" */
  url!: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true, example: ['financing_request.submitted'] })
  events!: WebhookEventType[];

  createdAt!: Date;

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
  secret!: string;

  static withSecret({ subscription, secret }: SubscriptionWithSecret): WebhookSecretResponse {
    return { ...WebhookSubscriptionResponse.of(subscription), secret };
  }
}

export class WebhookSubscriptionPage {
  items!: WebhookSubscriptionResponse[];

  nextCursor!: string | null;
}

/** One attempt at delivering one event (api-contract.md § Webhooks). */
export class WebhookAttemptResponse {
  id!: string;

  /** The X-GQT-Delivery header of the delivery: the same on every retry. */
  eventId!: string;

  /** @example "financing_request.submitted" */
  eventType!: string;

  /** 1 for the first try. @example 2 */
  attempt!: number;

  /** The receiver's HTTP status, or null when no answer came. @example 200 */
  status!: number | null;

  /** Why no answer came (network error, timeout). @example "connect ECONNREFUSED 203.0.113.7:443" */
  error?: string;

  /** @example 184 */
  durationMs!: number;

  attemptedAt!: Date;

  /** When the next retry is due, after a failed attempt. */
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
  items!: WebhookAttemptResponse[];

  nextCursor!: string | null;
}

export class ReplayedDeliveryResponse {
  /** The delivery's id as sent in X-GQT-Delivery (the event id). */
  deliveryId!: string;

  /** @example "financing_request.submitted" */
  eventType!: string;

  /** @example "PENDING" */
  state!: string;

  /** Attempts made so far; the replay is the next one. @example 3 */
  attempts!: number;

  static of(d: WebhookDeliveryEntity): ReplayedDeliveryResponse {
    return { deliveryId: d.eventId, eventType: d.eventType, state: d.state, attempts: d.attempts };
  }
}

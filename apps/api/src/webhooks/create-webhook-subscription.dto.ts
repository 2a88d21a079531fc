import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@gqt/webhooks';
import { EnumField, ListField, TextField } from '@gqt/platform';
import { ArrayUnique } from 'class-validator';

/** An absolute http(s) URL; whether it may be used is the webhooks lib's decision (WEBHOOK_URL_*). */
export const WEBHOOK_URL = /^https?:\/\/\S+$/;

export class CreateWebhookSubscriptionDto {
  /**
   * Where to POST events. With NODE_ENV=production it must be https and resolve to a public
   * address; in development http and loopback are allowed.
   * @example "https://hooks.bank.example/gqt"
   */
  @TextField(2048, { pattern: WEBHOOK_URL, patternMessage: 'url must be an http or https URL' })
  url!: string;

  /** @example ["financing_request.submitted", "financing_request.withdrawn", "receivable.payment_recorded"] */
  @ListField({ maxItems: WEBHOOK_EVENT_TYPES.length, minItems: 1 })
  @ArrayUnique()
  @EnumField(WEBHOOK_EVENT_TYPES, 'WebhookEventType', { each: true })
  events!: WebhookEventType[];
}

import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@gqt/webhooks';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, MaxLength } from 'class-validator';

export class CreateWebhookSubscriptionDto {
  /**
   * Where to POST events. With NODE_ENV=production it must be https and resolve to a public
   * address; in development http and loopback are allowed.
   * @example "https://hooks.bank.example/gqt"
   */
  @IsString()
  @MaxLength(2048)
  url!: string;

  /** @example ["financing_request.submitted", "financing_request.withdrawn", "receivable.payment_recorded"] */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events!: WebhookEventType[];
}

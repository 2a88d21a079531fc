import { PageQuery } from '@gqt/platform';
import { IsOptional, IsUUID } from 'class-validator';

export class WebhookAttemptQuery extends PageQuery {
  /** Only the attempts of one delivery (its X-GQT-Delivery id). */
  @IsOptional()
  @IsUUID()
  eventId?: string;
}

import { IdField, PageQuery } from '@gqt/platform';
import { IsOptional } from 'class-validator';

export class WebhookAttemptQuery extends PageQuery {
  /** Only the attempts of one delivery (its X-GQT-Delivery id). */
  @IsOptional()
  @IdField()
  eventId?: string;
}

import { PageQuery } from '@gqt/platform';
import { IsOptional, Matches, MaxLength } from 'class-validator';

export class ParkedEventQuery extends PageQuery {
  /**
   * Only the events one handler is parked on.
   * @example "monitoring.enterprise-names"
   */
  @IsOptional()
  @MaxLength(100)
  @Matches(/^[a-z0-9][a-z0-9._-]*$/, { message: 'handler must be a handler name' })
  handler?: string;
}

import { PageQuery, TextField } from '@gqt/platform';
import { IsOptional } from 'class-validator';

export class ParkedEventQuery extends PageQuery {
  /**
   * Only the events one handler is parked on.
   * @example "monitoring.enterprise-names"
   */
  @IsOptional()
  @TextField(100, { pattern: /^[a-z0-9][a-z0-9._-]*$/, patternMessage: 'handler must be a handler name' })
  handler?: string;
}

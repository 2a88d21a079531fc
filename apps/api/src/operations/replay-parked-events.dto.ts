import { IsOptional, Matches, MaxLength } from 'class-validator';

export class ReplayParkedEventsDto {
  /**
   * Replay only the events this handler is parked on; without it, every parked event.
   * @example "monitoring.receivables-projection"
   */
  @IsOptional()
  @MaxLength(100)
  @Matches(/^[a-z0-9][a-z0-9._-]*$/i, { message: 'handler must be a handler name' })
  handler?: string;
}

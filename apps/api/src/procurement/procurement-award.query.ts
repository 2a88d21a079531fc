import type { AwardFilter } from '@gqt/procurement';
import { PageQuery } from '@gqt/platform';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class ProcurementAwardQuery extends PageQuery implements AwardFilter {
  @IsOptional()
  @IsUUID()
  projectId?: string;

  /** The project's budget year. @example 2026 */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2020)
  @Max(2100)
  year?: number;
}

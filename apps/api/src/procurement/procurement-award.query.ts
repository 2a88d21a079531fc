import type { AwardFilter } from '@gqt/procurement';
import { IdField, IntField, PageQuery } from '@gqt/platform';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';

export class ProcurementAwardQuery extends PageQuery implements AwardFilter {
  @IsOptional()
  @IdField()
  projectId?: string;

  /** The project's budget year. @example 2026 */
  @IsOptional()
  @Type(() => Number)
  @IntField(2020, 2100)
  year?: number;
}

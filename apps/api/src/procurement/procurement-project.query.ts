import type { ProjectFilter } from '@gqt/procurement';
import { PageQuery } from '@gqt/platform';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

export class ProcurementProjectQuery extends PageQuery implements ProjectFilter {
  /** @example 2026 */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2020)
  @Max(2100)
  year?: number;

  /** The unit that declared the projects. */
  @IsOptional()
  @IsUUID()
  unitId?: string;

  /** The unit's city. @example "451100" */
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'cityCode must be a 6-digit city code' })
  cityCode?: string;
}

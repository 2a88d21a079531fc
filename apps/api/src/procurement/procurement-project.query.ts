import { CityCodeField } from '../common/fields';
import type { ProjectFilter } from '@gqt/procurement';
import { IdField, IntField, PageQuery } from '@gqt/platform';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';

export class ProcurementProjectQuery extends PageQuery implements ProjectFilter {
  /** @example 2026 */
  @IsOptional()
  @Type(() => Number)
  @IntField(2020, 2100)
  year?: number;

  /** The unit that declared the projects. */
  @IsOptional()
  @IdField()
  unitId?: string;

  /** The unit's city. @example "451100" */
  @IsOptional()
  @CityCodeField()
  cityCode?: string;
}

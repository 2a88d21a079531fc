import { CityCodeField } from '../common/fields';
import { COMPLIANCE_GROUPINGS, type ComplianceGrouping, type ComplianceQuery } from '@gqt/procurement';
import { EnumField, IdField, IntField, PageQuery, type TableFormat } from '@gqt/platform';
import { Type } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';

const FORMATS: TableFormat[] = ['json', 'csv', 'xlsx'];

/** What the public page takes: the report of every unit, by city or for the region. */
export class PublicComplianceQuery extends PageQuery {
  /** Rows of the units of one city. @example "451100" */
  @IsOptional()
  @CityCodeField()
  cityCode?: string;

  /** One row per competent unit (default), per city, or one for the region. */
  @IsOptional()
  @EnumField(COMPLIANCE_GROUPINGS, 'ComplianceGrouping')
  groupBy?: ComplianceGrouping;

  /** `csv` or `xlsx` for an export of every row from the cursor on; JSON (one page) otherwise. @example "csv" */
  @IsOptional()
  @IsIn(FORMATS)
  format?: TableFormat;
}

export class ComplianceReportQuery extends PublicComplianceQuery implements ComplianceQuery {
  /** The budget year. @example 2026 */
  @Type(() => Number)
  @IntField(2020, 2100)
  year!: number;

  /** One unit's row, everything below it rolled in. */
  @IsOptional()
  @IdField()
  unitId?: string;
}

import { COMPLIANCE_GROUPINGS, type ComplianceGrouping, type ComplianceQuery } from '@gqt/procurement';
import { PageQuery, type TableFormat } from '@gqt/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

const FORMATS: TableFormat[] = ['json', 'csv', 'xlsx'];

/** What the public page takes: the report of every unit, by city or for the region. */
export class PublicComplianceQuery extends PageQuery {
  /** Rows of the units of one city. @example "451100" */
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'cityCode must be a 6-digit city code' })
  cityCode?: string;

  /** One row per competent unit (default), per city, or one for the region. */
  @ApiPropertyOptional({ enum: COMPLIANCE_GROUPINGS, enumName: 'ComplianceGrouping', example: 'unit' })
  @IsOptional()
  @IsIn(COMPLIANCE_GROUPINGS)
  groupBy?: ComplianceGrouping;

  /** `csv` or `xlsx` for an export of every row from the cursor on; JSON (one page) otherwise. @example "csv" */
  @IsOptional()
  @IsIn(FORMATS)
  format?: TableFormat;
}

export class ComplianceReportQuery extends PublicComplianceQuery implements ComplianceQuery {
  /** The budget year. @example 2026 */
  @Type(() => Number)
  @IsInt()
  @Min(2020)
  @Max(2100)
  year!: number;

  /** One unit's row, everything below it rolled in. */
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

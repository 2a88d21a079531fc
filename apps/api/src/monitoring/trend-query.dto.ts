import { DateField } from '@gqt/platform';
import { IsOptional } from 'class-validator';
import { CityCodeField } from '../common/fields';
import { ExportQueryDto } from './export-query.dto';

export class TrendQueryDto extends ExportQueryDto {
  /** First day; default 29 days before `to`. @example "2026-11-01" */
  @IsOptional()
  @DateField()
  from?: string;

  /** Last day; default yesterday (Asia/Shanghai), the last day with a snapshot. @example "2026-11-29" */
  @IsOptional()
  @DateField()
  to?: string;

  /**
   * Receivables whose creditor or debtor is in this city; default the region (a city regulator
   * always sees its own city). @example "450200"
   */
  @IsOptional()
  @CityCodeField()
  cityCode?: string;
}

import { INDUSTRIES, type Industry } from '@gqt/enterprises';
import { DateField, EnumField, IdField, IntField } from '@gqt/platform';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { CityCodeField } from '../common/fields';
import { ExportPageQueryDto } from './export-query.dto';

export class OverdueQueryDto extends ExportPageQueryDto {
  /** Receivables whose creditor or debtor is in this city. @example "450200" */
  @IsOptional()
  @CityCodeField()
  cityCode?: string;

  /** Receivables owed by this enterprise. */
  @IsOptional()
  @IdField()
  debtorId?: string;

  /** Receivables owed to this enterprise. */
  @IsOptional()
  @IdField()
  creditorId?: string;

  /** The debtor's industry. @example "INDUSTRY" */
  @IsOptional()
  @EnumField(INDUSTRIES, 'Industry')
  industry?: Industry;

  /** At least this many days overdue. @example 30 */
  @IsOptional()
  @Type(() => Number)
  @IntField(1, 36_500)
  minDaysOverdue?: number;

  /** The figures as they stood at the end of this day (Asia/Shanghai); default today. @example "2026-11-30" */
  @IsOptional()
  @DateField()
  asOf?: string;
}

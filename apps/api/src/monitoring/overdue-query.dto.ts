import { INDUSTRIES, type Industry } from '@gqt/enterprises';
import { IsBusinessDate } from '@gqt/platform';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { ExportPageQueryDto } from './export-query.dto';

export class OverdueQueryDto extends ExportPageQueryDto {
  /** Receivables whose creditor or debtor is in this city. @example "450200" */
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'cityCode must be a 6-digit city code' })
  cityCode?: string;

  /** Receivables owed by this enterprise. */
  @IsOptional()
  @IsUUID('all', { message: 'debtorId must be a UUID' })
  debtorId?: string;

  /** Receivables owed to this enterprise. */
  @IsOptional()
  @IsUUID('all', { message: 'creditorId must be a UUID' })
  creditorId?: string;

  /** The debtor's industry. @example "INDUSTRY" */
  @IsOptional()
  @IsIn(INDUSTRIES)
  industry?: Industry;

  /** At least this many days overdue. @example 30 */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(36500)
  minDaysOverdue?: number;

  /** The figures as they stood at the end of this day (Asia/Shanghai); default today. @example "2026-11-30" */
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;
}

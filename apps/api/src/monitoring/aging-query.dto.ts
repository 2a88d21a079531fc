import { AGING_GROUPS, type AgingGroup } from '@gqt/monitoring';
import { DateField, EnumField } from '@gqt/platform';
import { IsOptional } from 'class-validator';
import { ExportPageQueryDto } from './export-query.dto';

export class AgingQueryDto extends ExportPageQueryDto {
  /** Group by the debtor's city, the debtor, or the debtor's industry. @example "city" */
  @IsOptional()
  @EnumField(AGING_GROUPS, 'AgingGroup')
  groupBy: AgingGroup = 'city';

  /**
   * Today (the default) reads the live figures; a past day reads that day's snapshot, or computes
   * the figures from business dates when the day has none. @example "2026-11-29"
   */
  @IsOptional()
  @DateField()
  asOf?: string;
}

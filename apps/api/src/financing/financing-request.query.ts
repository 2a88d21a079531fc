import { FINANCING_STATUSES, type FinancingStatus } from '@gqt/financing';
import { EnumField, PageQuery } from '@gqt/platform';
import { IsOptional } from 'class-validator';

export class FinancingRequestQuery extends PageQuery {
  /** @example "SUBMITTED" */
  @IsOptional()
  @EnumField(FINANCING_STATUSES, 'FinancingStatus')
  status?: FinancingStatus;
}

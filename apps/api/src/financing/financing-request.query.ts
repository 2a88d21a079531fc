import { FINANCING_STATUSES, type FinancingStatus } from '@gqt/financing';
import { PageQuery } from '@gqt/platform';
import { IsIn, IsOptional } from 'class-validator';

export class FinancingRequestQuery extends PageQuery {
  /** @example "SUBMITTED" */
  @IsOptional()
  @IsIn(FINANCING_STATUSES)
  status?: FinancingStatus;
}

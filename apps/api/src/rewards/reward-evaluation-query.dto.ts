import { IntField, PageQuery } from '@gqt/platform';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { FIRST_YEAR, LAST_YEAR } from '../onboarding/create-onboarding-application.dto';

export class RewardEvaluationQueryDto extends PageQuery {
  /** @example 2026 */
  @IsOptional()
  @Type(() => Number)
  @IntField(FIRST_YEAR, LAST_YEAR)
  year?: number;
}

export class MyRewardQueryDto {
  /** Default: the current year (Shanghai calendar). @example 2026 */
  @IsOptional()
  @Type(() => Number)
  @IntField(FIRST_YEAR, LAST_YEAR)
  year?: number;
}

import { IntField } from '@gqt/platform';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { FIRST_YEAR, LAST_YEAR } from './create-onboarding-application.dto';

export class OnboardingQuotaQueryDto {
  /** Default: the current year (Shanghai calendar). @example 2026 */
  @IsOptional()
  @Type(() => Number)
  @IntField(FIRST_YEAR, LAST_YEAR)
  year?: number;
}

import { APPLICATION_STATUSES, type ApplicationFilter, type ApplicationStatus } from '@gqt/onboarding';
import { PageQuery } from '@gqt/platform';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class OnboardingApplicationQueryDto extends PageQuery implements ApplicationFilter {
  /** @example 2026 */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2020)
  @Max(2100)
  year?: number;

  /** @example "450200" */
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'cityCode must be a 6-digit city code' })
  cityCode?: string;

  /** @example "NOMINATED" */
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;
}

import { APPLICATION_STATUSES, type ApplicationFilter, type ApplicationStatus } from '@gqt/onboarding';
import { EnumField, IntField, PageQuery } from '@gqt/platform';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { CityCodeField } from '../common/fields';
import { FIRST_YEAR, LAST_YEAR } from './create-onboarding-application.dto';

export class OnboardingApplicationQueryDto extends PageQuery implements ApplicationFilter {
  /** @example 2026 */
  @IsOptional()
  @Type(() => Number)
  @IntField(FIRST_YEAR, LAST_YEAR)
  year?: number;

  /** @example "450200" */
  @IsOptional()
  @CityCodeField()
  cityCode?: string;

  /** @example "NOMINATED" */
  @IsOptional()
  @EnumField(APPLICATION_STATUSES, 'ApplicationStatus')
  status?: ApplicationStatus;
}

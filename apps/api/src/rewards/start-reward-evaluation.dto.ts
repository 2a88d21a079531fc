import { IntField } from '@gqt/platform';
import { FIRST_YEAR, LAST_YEAR } from '../onboarding/create-onboarding-application.dto';

export class StartRewardEvaluationDto {
  /** A year that has begun; while it runs, it is judged as of today. @example 2026 */
  @IntField(FIRST_YEAR, LAST_YEAR)
  year!: number;
}

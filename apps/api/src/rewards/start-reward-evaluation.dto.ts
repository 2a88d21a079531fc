import { IsInt, Max, Min } from 'class-validator';

export class StartRewardEvaluationDto {
  /** A year that has begun; while it runs, it is judged as of today. @example 2026 */
  @IsInt()
  @Min(2020)
  @Max(2100)
  year!: number;
}

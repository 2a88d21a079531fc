import { IsString, Matches, MaxLength } from 'class-validator';

export class RejectOnboardingApplicationDto {
  /** Why the region rejects the application; the enterprise is told. @example "名额已优先安排给年度采购规模更大的企业" */
  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(1000)
  reason!: string;
}

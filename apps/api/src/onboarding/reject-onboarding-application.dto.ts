import { TextField } from '@gqt/platform';

export class RejectOnboardingApplicationDto {
  /** Why the region rejects the application; the enterprise is told. @example "名额已优先安排给年度采购规模更大的企业" */
  @TextField(1000, { pattern: /\S/, patternMessage: 'reason must not be blank' })
  reason!: string;
}

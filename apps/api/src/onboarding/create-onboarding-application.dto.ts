import type { NewApplication } from '@gqt/onboarding';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

// Mainland mobile numbers (11 digits from 13x-19x) or landlines with their area code.
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
const NOT_BLANK = /\S/;

export class CreateOnboardingApplicationDto implements NewApplication {
  /** The year to be connected in: the current year or the next one (Shanghai calendar). @example 2026 */
  @IsInt()
  @Min(2020)
  @Max(2100)
  year!: number;

  /** @example "王经理" */
  @IsString()
  @Matches(NOT_BLANK, { message: 'contactName must not be blank' })
  @MaxLength(50)
  contactName!: string;

  /** A mobile number or a landline with its area code. @example "13800000000" */
  @IsString()
  @Matches(PHONE, { message: 'contactPhone must be a mainland mobile number or a landline with its area code' })
  contactPhone!: string;

  /** @example "年采购额约 60 亿元，上游中小供应商 300 余家" */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

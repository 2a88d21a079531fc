import type { NewApplication } from '@gqt/onboarding';
import { IntField, TextField } from '@gqt/platform';
import { IsOptional } from 'class-validator';

// Mainland mobile numbers (11 digits from 13x-19x) or landlines with their area code.
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
const NOT_BLANK = /\S/;

/** Years the platform plans for: applications, quotas, policies. */
export const FIRST_YEAR = 2020;
export const LAST_YEAR = 2100;

export class CreateOnboardingApplicationDto implements NewApplication {
  /** The year to be connected in: the current year or the next one (Shanghai calendar). @example 2026 */
  @IntField(FIRST_YEAR, LAST_YEAR)
  year!: number;

  /** @example "王经理" */
  @TextField(50, { pattern: NOT_BLANK, patternMessage: 'contactName must not be blank' })
  contactName!: string;

  /** A mobile number or a landline with its area code. @example "13800000000" */
  @TextField(13, {
    pattern: PHONE,
    patternMessage: 'contactPhone must be a mainland mobile number or a landline with its area code',
  })
  contactPhone!: string;

  /** @example "年采购额约 60 亿元，上游中小供应商 300 余家" */
  @IsOptional()
  @TextField(2000)
  note?: string;
}

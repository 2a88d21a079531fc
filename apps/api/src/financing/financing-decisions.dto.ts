import { DateField, IntField, MoneyField, NestedObject, RateField, TextField } from '@gqt/platform';
import { IsOptional } from 'class-validator';

// The national movable-property financing registry's numbers (api-contract.md § Pledge financing).
export const PLEDGE_REGISTRATION_NO = /^[A-Za-z0-9]{1,40}$/;

export class ApproveFinancingRequestDto {
  /** At most the requested amount. @example "400000.00" */
  @MoneyField()
  approvedAmount!: string;

  /** Annual interest rate as a decimal, above 0 and at most 1. @example "0.0435" */
  @RateField()
  annualRate!: string;

  /** The loan's term; it must end by the earliest due date of the receivables. @example 40 */
  @IntField(1, 365)
  termDays!: number;
}

export class RejectFinancingRequestDto {
  /** Why the bank declines; the SME reads it. @example "债务人授信额度不足" */
  @TextField(500, { minLength: 1 })
  reason!: string;
}

export class RepaymentAccountDto {
  /** The bank and branch holding the account. @example "广西北部湾示范银行贺州分行" */
  @TextField(200, { minLength: 1 })
  bankName!: string;

  /** 6-40 digits, letters or hyphens. @example "6222020200012345678" */
  @TextField(40, {
    pattern: /^[0-9A-Za-z-]{6,40}$/,
    patternMessage: 'accountNo must be 6-40 digits, letters or hyphens',
  })
  accountNo!: string;
}

export class DisburseFinancingRequestDto {
  /** The bank's own reference of the loan. @example "LN-2026-000123" */
  @TextField(64, { minLength: 1 })
  loanReference!: string;

  /** The day the money was paid out (Shanghai calendar); not in the future. @example "2026-03-02" */
  @DateField()
  disbursedOn!: string;

  /**
   * The pledge's registration number in the national movable-property financing registry (中登网):
   * 1-40 letters and digits. A pledge of receivables takes effect on registration (Civil Code art. 445).
   * @example "06113822000312345678"
   */
  @TextField(40, {
    pattern: PLEDGE_REGISTRATION_NO,
    patternMessage: 'pledgeRegistrationNo must be 1-40 letters and digits',
  })
  pledgeRegistrationNo!: string;

  /**
   * The account the debtor pays into from now on; required (400) to disburse contract financing
   * (政采贷), whose award and receivables then show it to the purchaser.
   */
  @IsOptional()
  @NestedObject(() => RepaymentAccountDto)
  repaymentAccount?: RepaymentAccountDto;
}

export class RepayFinancingRequestDto {
  /** The day the loan was repaid in full; not before the disbursement, not in the future. @example "2026-04-10" */
  @DateField()
  repaidOn!: string;
}

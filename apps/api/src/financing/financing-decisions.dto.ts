import { IsBusinessDate, IsMoney, IsRate, NestedObject } from '@gqt/platform';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

export class ApproveFinancingRequestDto {
  /** At most the requested amount. @example "400000.00" */
  @IsMoney()
  approvedAmount!: string;

  /** Annual interest rate as a decimal, above 0 and at most 1. @example "0.0435" */
  @IsRate()
  annualRate!: string;

  /** The loan's term; it must end by the earliest due date of the receivables. @example 40 */
  @IsInt()
  @Min(1)
  @Max(365)
  termDays!: number;
}

export class RejectFinancingRequestDto {
  /** Why the bank declines; the SME reads it. @example "债务人授信额度不足" */
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}

export class RepaymentAccountDto {
  /** The bank and branch holding the account. @example "广西北部湾示范银行贺州分行" */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  bankName!: string;

  /** 6-40 digits, letters or hyphens. @example "6222020200012345678" */
  @IsString()
  @MaxLength(40)
  @Matches(/^[0-9A-Za-z-]{6,40}$/, { message: 'accountNo must be 6-40 digits, letters or hyphens' })
  accountNo!: string;
}

export class DisburseFinancingRequestDto {
  /** The bank's own reference of the loan. @example "LN-2026-000123" */
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  loanReference!: string;

  /** The day the money was paid out (Shanghai calendar); not in the future. @example "2026-03-02" */
  @IsBusinessDate()
  disbursedOn!: string;

  /**
   * The pledge's registration number in the national movable-property financing registry (中登网):
   * 1-40 letters and digits. A pledge of receivables takes effect on registration (Civil Code art. 445).
   * @example "06113822000312345678"
   */
  @IsString()
  @Matches(/^[A-Za-z0-9]{1,40}$/, { message: 'pledgeRegistrationNo must be 1-40 letters and digits' })
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
  @IsBusinessDate()
  repaidOn!: string;
}

import type { NewReceivable } from '@gqt/receivables';
import { IsBusinessDate, IsMoney, IsRate, NestedObjects } from '@gqt/platform';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export class InvoiceLineDto {
  /**
   * A 20-digit fully digital e-invoice number (digits 1–2 the year of issue, 3–4 the province), or
   * an older VAT invoice as `CODE-NUMBER` (10- or 12-digit code, 8-digit number).
   * @example "26452000000012345678"
   */
  @IsString()
  @MaxLength(40)
  number!: string;

  /** Yuan. @example "300000.00" */
  @IsMoney()
  amount!: string;

  /** @example "2026-11-02" */
  @IsBusinessDate()
  issueDate!: string;
}

export class RegisterReceivableDto implements NewReceivable {
  /** The buyer's unified social credit code; it must be registered on the platform. @example "91450200MA5KD00011" */
  @IsString()
  @Length(18, 18, { message: 'debtorUscc must be 18 characters' })
  debtorUscc!: string;

  /** @example "HT-2026-0042" */
  @IsString()
  @MaxLength(100)
  @Matches(/\S/, { message: 'contractNo must not be blank' })
  contractNo!: string;

  /** The invoices the receivable rests on; each invoice may be on one live receivable only. */
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @NestedObjects(() => InvoiceLineDto)
  invoices!: InvoiceLineDto[];

  /** Yuan; must equal the invoices' sum (422 AMOUNT_MISMATCH). @example "500000.50" */
  @IsMoney()
  amount!: string;

  /** When the goods or services were delivered: the payment term runs from here. @example "2026-11-02" */
  @IsBusinessDate()
  deliveryDate!: string;

  /** On or after deliveryDate (400), at most 365 days after today (422 TENOR_TOO_LONG). @example "2027-01-01" */
  @IsBusinessDate()
  dueDate!: string;

  /** @example "车身冲压件 2026 年 11 月批次" */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  /**
   * The contractually agreed late-payment rate, annual; not below the 1-year LPR when the contract
   * was signed (422 LATE_INTEREST_BELOW_LPR). Without it 0.05 % a day applies.
   * @example "0.0365"
   */
  @IsOptional()
  @IsRate()
  lateInterestRate?: string;

  /** The day the contract was signed, for the LPR floor; deliveryDate when omitted. @example "2026-10-15" */
  @IsOptional()
  @IsBusinessDate()
  contractDate?: string;
}

import type { NewReceivable } from '@gqt/receivables';
import { DateField, ListField, MoneyField, RateField, TextField } from '@gqt/platform';
import { IsOptional } from 'class-validator';
import { UsccField } from '../common/fields';

export class InvoiceLineDto {
  /**
   * A 20-digit fully digital e-invoice number (digits 1–2 the year of issue, 3–4 the province), or
   * an older VAT invoice as `CODE-NUMBER` (10- or 12-digit code, 8-digit number).
   * @example "26452000000012345678"
   */
  @TextField(40)
  number!: string;

  /** Yuan. @example "300000.00" */
  @MoneyField()
  amount!: string;

  /** @example "2026-11-02" */
  @DateField()
  issueDate!: string;
}

export class RegisterReceivableDto implements NewReceivable {
  /** The buyer's unified social credit code; it must be registered on the platform. @example "91450200MA5KD00011" */
  @UsccField()
  debtorUscc!: string;

  /** @example "HT-2026-0042" */
  @TextField(100, { pattern: /\S/, patternMessage: 'contractNo must not be blank' })
  contractNo!: string;

  /** The invoices the receivable rests on; each invoice may be on one live receivable only. */
  @ListField({ maxItems: 200, minItems: 1, of: InvoiceLineDto })
  invoices!: InvoiceLineDto[];

  /** Yuan; must equal the invoices' sum (422 AMOUNT_MISMATCH). @example "500000.50" */
  @MoneyField()
  amount!: string;

  /** When the goods or services were delivered: the payment term runs from here. @example "2026-11-02" */
  @DateField()
  deliveryDate!: string;

  /** On or after deliveryDate (400), at most 365 days after today (422 TENOR_TOO_LONG). @example "2027-01-01" */
  @DateField()
  dueDate!: string;

  /** @example "车身冲压件 2026 年 11 月批次" */
  @IsOptional()
  @TextField(2000)
  description?: string;

  /**
   * The contractually agreed late-payment rate, annual; not below the 1-year LPR when the contract
   * was signed (422 LATE_INTEREST_BELOW_LPR). Without it 0.05 % a day applies.
   * @example "0.0365"
   */
  @IsOptional()
  @RateField()
  lateInterestRate?: string;

  /** The day the contract was signed, for the LPR floor; deliveryDate when omitted. @example "2026-10-15" */
  @IsOptional()
  @DateField()
  contractDate?: string;
}

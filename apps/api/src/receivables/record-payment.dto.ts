import type { NewPayment } from '@gqt/receivables';
import { IsBusinessDate, IsMoney } from '@gqt/platform';
import { IsString, Matches, MaxLength } from 'class-validator';

export class RecordPaymentDto implements NewPayment {
  /** Yuan; at most what is outstanding (422 OVERPAYMENT). @example "200000.00" */
  @IsMoney()
  amount!: string;

  /** The day the money was paid, not after today. @example "2026-12-20" */
  @IsBusinessDate()
  paidOn!: string;

  /** The debtor's reference for the transfer; once per receivable (409 PAYMENT_ALREADY_RECORDED). @example "CMB-20261220-000123" */
  @IsString()
  @MaxLength(100)
  @Matches(/\S/, { message: 'reference must not be blank' })
  reference!: string;
}

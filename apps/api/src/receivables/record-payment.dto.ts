import type { NewPayment } from '@gqt/receivables';
import { DateField, MoneyField, TextField } from '@gqt/platform';

export class RecordPaymentDto implements NewPayment {
  /** Yuan; at most what is outstanding (422 OVERPAYMENT). @example "200000.00" */
  @MoneyField()
  amount!: string;

  /** The day the money was paid, not after today. @example "2026-12-20" */
  @DateField()
  paidOn!: string;

  /** The debtor's reference for the transfer; once per receivable (409 PAYMENT_ALREADY_RECORDED). @example "CMB-20261220-000123" */
  @TextField(100, { pattern: /\S/, patternMessage: 'reference must not be blank' })
  reference!: string;
}

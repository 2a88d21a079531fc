import type { NewTransfer } from '@gqt/receivables';
import { MoneyField, TextField } from '@gqt/platform';

export class TransferReceivableDto implements NewTransfer {
  /** The transferee's unified social credit code: a registered SME other than the holder. @example "91450100MA5K11117N" */
  @TextField(18, { minLength: 18 })
  toUscc!: string;

  /** Yuan, from 0.01 up to what the holder still holds (422 AMOUNT_EXCEEDS_OUTSTANDING). @example "30000.00" */
  @MoneyField()
  amount!: string;

  /** The holder's reference for the transfer, e.g. the purchase it pays its supplier for. @example "ZR-2026-0107" */
  @TextField(100, { pattern: /\S/, patternMessage: 'reference must not be blank' })
  reference!: string;
}

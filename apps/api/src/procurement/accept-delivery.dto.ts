import { DateField, ListField, MoneyField } from '@gqt/platform';
import type { NewAcceptance } from '@gqt/procurement';
import { InvoiceLineDto } from '../receivables/register-receivable.dto';

export class AcceptDeliveryDto implements NewAcceptance {
  /** The day the delivery was accepted (Shanghai calendar); the payment term runs from here. @example "2026-04-01" */
  @DateField()
  acceptedOn!: string;

  /** Yuan; the award's acceptances never exceed it (422 AMOUNT_EXCEEDS_AWARD); equals the invoices' sum. @example "200000.00" */
  @MoneyField()
  amount!: string;

  /** The supplier's invoices for the delivery; each invoice may be on one live receivable only. */
  @ListField({ maxItems: 200, minItems: 1, of: InvoiceLineDto })
  invoices!: InvoiceLineDto[];
}

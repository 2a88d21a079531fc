import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One invoice line of a receivable; `number` is normalised, `live` until the receivable is cancelled. */
@Entity('receivable_invoices')
export class ReceivableInvoiceEntity {
  @PrimaryColumn({ name: 'receivable_id', type: 'uuid' })
  receivableId!: string;

  @PrimaryColumn({ type: 'smallint' })
  position!: number;

  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2 })
  amount!: string;

  @Column({ name: 'issue_date', type: 'date' })
  issueDate!: string;

  @Column({ type: 'boolean' })
  live!: boolean;
}

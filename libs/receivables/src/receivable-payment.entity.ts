import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A payment the debtor recorded against a receivable. */
@Entity('receivable_payments')
export class ReceivablePaymentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'receivable_id', type: 'uuid' })
  receivableId!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2 })
  amount!: string;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn!: string;

  /** The debtor's payment reference, e.g. its bank transfer number; once per receivable. */
  @Column({ type: 'text' })
  reference!: string;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

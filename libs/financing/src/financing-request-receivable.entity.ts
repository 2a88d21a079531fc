import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A receivable pledged in a request, as it stood when the request was made. */
@Entity('financing_request_receivables')
export class FinancingRequestReceivableEntity {
  @PrimaryColumn({ name: 'financing_request_id', type: 'uuid' })
  financingRequestId!: string;

  @PrimaryColumn({ name: 'receivable_id', type: 'uuid' })
  receivableId!: string;

  /** The request's bank; null while a request before several banks is OPEN. */
  @Column({ name: 'bank_id', type: 'uuid', nullable: true })
  bankId!: string | null;

  @Column({ name: 'debtor_id', type: 'uuid' })
  debtorId!: string;

  @Column({ name: 'outstanding_amount', type: 'numeric', precision: 18, scale: 2 })
  outstandingAmount!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  /** While the request is live; a partial unique index allows one live link per receivable. */
  @Column({ type: 'boolean' })
  live!: boolean;
}

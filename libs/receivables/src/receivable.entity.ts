import { EnterpriseEntity } from '@gqt/enterprises';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { canonicalRate } from './domain/loan-prime-rate';
import type { PaymentTermFlag } from './domain/payment-terms';
import type { ReceivableStatus } from './domain/receivable-status';

/** The account a debtor pays into once a loan against its debt is disbursed. */
export interface RepaymentAccount {
  bankName: string;
  accountNo: string;
}

/** The pledge notice shown to the debtor: pay the pledgee (Civil Code art. 445). */
export interface PledgeNotice {
  financingRequestId: string;
  bankId: string;
  bankName: string;
  registrationNo: string;
  disbursedOn: string;
  paymentToPledgee: true;
  /** Where to pay, when the bank named an account (always for contract financing, 政采贷). */
  repaymentAccount?: RepaymentAccount;
}

@Entity('receivables')
export class ReceivableEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  status!: ReceivableStatus;

  @Column({ name: 'creditor_id', type: 'uuid' })
  creditorId!: string;

  @ManyToOne(() => EnterpriseEntity)
  @JoinColumn({ name: 'creditor_id' })
  creditor?: EnterpriseEntity;

  @Column({ name: 'debtor_id', type: 'uuid' })
  debtorId!: string;

  @ManyToOne(() => EnterpriseEntity)
  @JoinColumn({ name: 'debtor_id' })
  debtor?: EnterpriseEntity;

  /** The parties' cities when registered: what regulators' jurisdiction is decided on. */
  @Column({ name: 'creditor_city_code', type: 'char', length: 6 })
  creditorCityCode!: string;

  @Column({ name: 'debtor_city_code', type: 'char', length: 6 })
  debtorCityCode!: string;

  @Column({ name: 'contract_no', type: 'text' })
  contractNo!: string;

  /** Yuan, NUMERIC(18,2), read as an exact string. */
  @Column({ type: 'numeric', precision: 18, scale: 2 })
  amount!: string;

  @Column({ name: 'confirmed_amount', type: 'numeric', precision: 18, scale: 2, nullable: true })
  confirmedAmount!: string | null;

  @Column({ name: 'paid_amount', type: 'numeric', precision: 18, scale: 2 })
  paidAmount!: string;

  @Column({ name: 'delivery_date', type: 'date' })
  deliveryDate!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'payment_term_days', type: 'int' })
  paymentTermDays!: number;

  @Column({ name: 'payment_term_flags', type: 'text', array: true })
  paymentTermFlags!: PaymentTermFlag[];

  /** Annual decimal agreed in the contract; null means the statutory 0.05 % a day. */
  @Column({
    name: 'late_interest_rate',
    type: 'numeric',
    precision: 12,
    scale: 8,
    nullable: true,
    transformer: {
      from: (value: string | null) => (value === null ? null : canonicalRate(value)),
      to: (v: unknown) => v,
    },
  })
  lateInterestRate!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', precision: 3, nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'dispute_reason', type: 'text', nullable: true })
  disputeReason!: string | null;

  @Column({ name: 'settled_on', type: 'date', nullable: true })
  settledOn!: string | null;

  /** The live financing request the receivable backs, if any: at most one, by construction. */
  @Column({ name: 'financing_request_id', type: 'uuid', nullable: true })
  financingRequestId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  pledge!: PledgeNotice | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  /** The file import that registered it, and the file row of its first invoice line. */
  @Column({ name: 'import_job_id', type: 'uuid', nullable: true })
  importJobId!: string | null;

  @Column({ name: 'import_row', type: 'int', nullable: true })
  importRow!: number | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

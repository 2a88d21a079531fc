import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FinancingStatus } from './domain/financing-status';

/** An SME's request to a bank for a loan against pledged receivables, through the bank's decisions. */
@Entity('financing_requests')
export class FinancingRequestEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'sme_id', type: 'uuid' })
  smeId!: string;

  /** Null while a request before several banks is OPEN (and if it ends without an accepted offer). */
  @Column({ name: 'bank_id', type: 'uuid', nullable: true })
  bankId!: string | null;

  @Column({ type: 'text' })
  status!: FinancingStatus;

  /** Contract financing (政采贷): the government procurement award financed whole; null for receivables. */
  @Column({ name: 'award_id', type: 'uuid', nullable: true })
  awardId!: string | null;

  @Column({ name: 'requested_amount', type: 'numeric', precision: 18, scale: 2 })
  requestedAmount!: string;

  @Column({ name: 'term_days', type: 'int' })
  termDays!: number;

  /** The receivables' outstanding total when the request was made (for an award: what was unpaid of it). */
  @Column({ name: 'outstanding_total', type: 'numeric', precision: 18, scale: 2 })
  outstandingTotal!: string;

  /** The bank's financing ratio applied to the request. */
  @Column({ name: 'financing_ratio', type: 'numeric', precision: 3, scale: 2 })
  financingRatio!: string;

  @Column({ name: 'approved_amount', type: 'numeric', precision: 18, scale: 2, nullable: true })
  approvedAmount!: string | null;

  @Column({ name: 'annual_rate', type: 'numeric', nullable: true })
  annualRate!: string | null;

  @Column({ name: 'approved_term_days', type: 'int', nullable: true })
  approvedTermDays!: number | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ name: 'loan_reference', type: 'text', nullable: true })
  loanReference!: string | null;

  @Column({ name: 'disbursed_on', type: 'date', nullable: true })
  disbursedOn!: string | null;

  @Column({ name: 'pledge_registration_no', type: 'text', nullable: true })
  pledgeRegistrationNo!: string | null;

  @Column({ name: 'repaid_on', type: 'date', nullable: true })
  repaidOn!: string | null;

  /** A request before several banks: when it expires unless the SME accepts an offer; null otherwise. */
  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3, nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'accepted_offer_id', type: 'uuid', nullable: true })
  acceptedOfferId!: string | null;

  /** City codes the request concerns (the SME's, the debtors', the bank's): what regulators see. */
  @Column({ type: 'char', length: 6, array: true })
  jurisdictions!: string[];

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

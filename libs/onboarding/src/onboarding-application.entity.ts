import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ApplicationStatus } from './domain/onboarding-application';

/** A core enterprise's application to be connected to the receivables financing service platform in a year. */
@Entity('onboarding_applications')
export class OnboardingApplicationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId!: string;

  @Column({ name: 'enterprise_name', type: 'text' })
  enterpriseName!: string;

  @Column({ name: 'enterprise_uscc', type: 'char', length: 18 })
  enterpriseUscc!: string;

  @Column({ name: 'city_code', type: 'char', length: 6 })
  cityCode!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  status!: ApplicationStatus;

  @Column({ name: 'contact_name', type: 'text' })
  contactName!: string;

  @Column({ name: 'contact_phone', type: 'text' })
  contactPhone!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason!: string | null;

  /** The enterprise's account on the national receivables financing service platform (中征应收账款融资服务平台). */
  @Column({ name: 'platform_account_id', type: 'text', nullable: true })
  platformAccountId!: string | null;

  @Column({ name: 'connected_on', type: 'date', nullable: true })
  connectedOn!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  @Column({ name: 'nominated_at', type: 'timestamptz', precision: 3, nullable: true })
  nominatedAt!: Date | null;

  @Column({ name: 'approved_at', type: 'timestamptz', precision: 3, nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'rejected_at', type: 'timestamptz', precision: 3, nullable: true })
  rejectedAt!: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', precision: 3, nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'connected_at', type: 'timestamptz', precision: 3, nullable: true })
  connectedAt!: Date | null;
}

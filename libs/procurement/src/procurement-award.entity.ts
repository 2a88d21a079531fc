import { EnterpriseEntity, type SizeClass } from '@gqt/enterprises';
import type { PledgeNotice } from '@gqt/receivables';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProcurementProjectEntity } from './procurement-project.entity';

/** A contract awarded under a project, with the supplier's size class frozen at signing. */
@Entity('procurement_awards')
export class ProcurementAwardEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => ProcurementProjectEntity)
  @JoinColumn({ name: 'project_id' })
  project?: ProcurementProjectEntity;

  /** The project's unit: the purchaser, the debtor of the contract's receivables. */
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => EnterpriseEntity)
  @JoinColumn({ name: 'unit_id' })
  unit?: EnterpriseEntity;

  @Column({ name: 'unit_city_code', type: 'char', length: 6 })
  unitCityCode!: string;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId!: string;

  @ManyToOne(() => EnterpriseEntity)
  @JoinColumn({ name: 'supplier_id' })
  supplier?: EnterpriseEntity;

  /** The supplier's class on the day of signing (2011 standard); later growth does not change it. */
  @Column({ name: 'supplier_size_class', type: 'text' })
  supplierSizeClass!: SizeClass;

  @Column({ name: 'contract_no', type: 'text' })
  contractNo!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2 })
  amount!: string;

  @Column({ name: 'signed_on', type: 'date' })
  signedOn!: string;

  /** A large supplier's consortium or subcontract part going to SMEs. */
  @Column({ name: 'sme_share_amount', type: 'numeric', precision: 18, scale: 2 })
  smeShareAmount!: string;

  /** Of the SME part, what goes to small and micro enterprises. */
  @Column({ name: 'small_micro_share_amount', type: 'numeric', precision: 18, scale: 2 })
  smallMicroShareAmount!: string;

  /** The sum of the acceptances, kept with the row that serialises them. */
  @Column({ name: 'accepted_amount', type: 'numeric', precision: 18, scale: 2 })
  acceptedAmount!: string;

  /** The live contract financing request (政采贷) that holds the award, if any: at most one. */
  @Column({ name: 'financing_request_id', type: 'uuid', nullable: true })
  financingRequestId!: string | null;

  @Column({ name: 'financing_bank_id', type: 'uuid', nullable: true })
  financingBankId!: string | null;

  /** Once the loan is disbursed: the bank, the pledge and the account the purchaser pays into. */
  @Column({ type: 'jsonb', nullable: true })
  pledge!: PledgeNotice | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

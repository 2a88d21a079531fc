import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A year's procurement policy once set or exported; locked by the first export of the year. */
@Entity('procurement_policies')
export class ProcurementPolicyEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'int' })
  year!: number;

  /** NUMERIC(5,4), read as an exact string ("0.3000"). */
  @Column({ name: 'reserved_share_min', type: 'numeric', precision: 5, scale: 4 })
  reservedShareMin!: string;

  @Column({ name: 'small_micro_share_min', type: 'numeric', precision: 5, scale: 4 })
  smallMicroShareMin!: string;

  @Column({ name: 'goods_services_threshold', type: 'numeric', precision: 18, scale: 2 })
  goodsServicesThreshold!: string;

  @Column({ name: 'works_threshold', type: 'numeric', precision: 18, scale: 2 })
  worksThreshold!: string;

  @Column({ name: 'payment_days', type: 'int' })
  paymentDays!: number;

  @Column({ name: 'locked_at', type: 'timestamptz', precision: 3, nullable: true })
  lockedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  @Column({ name: 'updated_by_name', type: 'text' })
  updatedByName!: string;
}

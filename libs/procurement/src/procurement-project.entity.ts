import { EnterpriseEntity } from '@gqt/enterprises';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ProjectCategory } from './domain/policy';
import type { Reservation } from './domain/project';

/** A purchasing unit's procurement project of a year, with what it reserves for SMEs. */
@Entity('procurement_projects')
export class ProcurementProjectEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => EnterpriseEntity)
  @JoinColumn({ name: 'unit_id' })
  unit?: EnterpriseEntity;

  /** The unit's city when declared: what a city regulator's jurisdiction is decided on. */
  @Column({ name: 'unit_city_code', type: 'char', length: 6 })
  unitCityCode!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  category!: ProjectCategory;

  /** Yuan, NUMERIC(18,2), read as exact strings. */
  @Column({ name: 'budget_amount', type: 'numeric', precision: 18, scale: 2 })
  budgetAmount!: string;

  @Column({ type: 'text' })
  reservation!: Reservation;

  @Column({ name: 'reserved_amount', type: 'numeric', precision: 18, scale: 2 })
  reservedAmount!: string;

  @Column({ name: 'small_micro_reserved_amount', type: 'numeric', precision: 18, scale: 2 })
  smallMicroReservedAmount!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** The sum of the project's awards, kept with the row that serialises them. */
  @Column({ name: 'awarded_amount', type: 'numeric', precision: 18, scale: 2 })
  awardedAmount!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

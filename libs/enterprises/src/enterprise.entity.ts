import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EnterpriseKind, Ownership } from './domain/enterprise';
import type { Industry, SizeClass } from './domain/size-class';

@Entity('enterprises')
export class EnterpriseEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'char', length: 18 })
  uscc!: string;

  @Column({ type: 'text' })
  kind!: EnterpriseKind;

  @Column({ name: 'city_code', type: 'char', length: 6 })
  cityCode!: string;

  @Column({ type: 'text' })
  industry!: Industry;

  @Column({ type: 'int' })
  employees!: number;

  /** Yuan, NUMERIC(18,2), read as an exact string. */
  @Column({ name: 'annual_revenue', type: 'numeric', precision: 18, scale: 2 })
  annualRevenue!: string;

  @Column({ name: 'total_assets', type: 'numeric', precision: 18, scale: 2, nullable: true })
  totalAssets!: string | null;

  @Column({ type: 'text', nullable: true })
  ownership!: Ownership | null;

  @Column({ name: 'size_class', type: 'text' })
  sizeClass!: SizeClass;

  /** Purchasers only: the competent budget unit (主管预算单位) that answers for this one. */
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ name: 'financing_ratio', type: 'numeric', precision: 3, scale: 2, nullable: true })
  financingRatio!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

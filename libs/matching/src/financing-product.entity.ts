import type { ProductKind, ProductStatus } from '@gqt/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A financing product a bank publishes; empty eligibility lists restrict nothing. */
@Entity('financing_products')
export class FinancingProductEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'bank_id', type: 'uuid' })
  bankId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: ProductKind;

  @Column({ name: 'min_amount', type: 'numeric', precision: 18, scale: 2 })
  minAmount!: string;

  @Column({ name: 'max_amount', type: 'numeric', precision: 18, scale: 2 })
  maxAmount!: string;

  @Column({ name: 'annual_rate_from', type: 'numeric' })
  annualRateFrom!: string;

  @Column({ name: 'annual_rate_to', type: 'numeric' })
  annualRateTo!: string;

  @Column({ name: 'max_term_days', type: 'int' })
  maxTermDays!: number;

  @Column({ name: 'size_classes', type: 'text', array: true })
  sizeClasses!: string[];

  @Column({ type: 'text', array: true })
  industries!: string[];

  @Column({ name: 'city_codes', type: 'text', array: true })
  cityCodes!: string[];

  @Column({ name: 'key_list_levels', type: 'text', array: true })
  keyListLevels!: string[];

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  status!: ProductStatus;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

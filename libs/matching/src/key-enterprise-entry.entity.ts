import type { KeyListLevel } from '@gqt/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An enterprise on a year's key-enterprise list at one level (seed item 11). */
@Entity('key_enterprise_entries')
export class KeyEnterpriseEntryEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId!: string;

  @Column({ type: 'char', length: 18 })
  uscc!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  level!: KeyListLevel;

  /** The enterprise's city. */
  @Column({ name: 'city_code', type: 'char', length: 6 })
  cityCode!: string;

  @Column({ name: 'county_code', type: 'char', length: 6, nullable: true })
  countyCode!: string | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

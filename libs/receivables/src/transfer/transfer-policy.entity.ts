import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The region's transfer policy: one row once a region regulator sets it. */
@Entity('transfer_policy')
export class TransferPolicyEntity {
  /** Always true: there is one policy. */
  @PrimaryColumn({ type: 'boolean' })
  id!: boolean;

  /** How many tiers a tree may have; the root is tier 1. */
  @Column({ name: 'max_tier', type: 'smallint' })
  maxTier!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById!: string | null;

  @Column({ name: 'updated_by_name', type: 'text' })
  updatedByName!: string;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CriterionSetting } from './domain/criteria';
import type { RewardRule } from './domain/reward-rule';

/** One version of a year's reward policy; locked (unchangeable) once an evaluation uses it. */
@Entity('reward_policies')
export class RewardPolicyEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'jsonb' })
  criteria!: CriterionSetting[];

  @Column({ type: 'jsonb' })
  reward!: RewardRule;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById!: string | null;

  @Column({ name: 'updated_by_name', type: 'text' })
  updatedByName!: string;

  @Column({ name: 'locked_at', type: 'timestamptz', precision: 3, nullable: true })
  lockedAt!: Date | null;
}

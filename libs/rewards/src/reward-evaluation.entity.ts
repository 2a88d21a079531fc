import type { EvaluationStatus } from '@gqt/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export { EVALUATION_STATUSES, type EvaluationStatus } from '@gqt/contracts';

/** One run of a year's reward evaluation with the policy version it used; a record once finished. */
@Entity('reward_evaluations')
export class RewardEvaluationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  status!: EvaluationStatus;

  @Column({ name: 'policy_id', type: 'uuid' })
  policyId!: string;

  @Column({ name: 'policy_version', type: 'int' })
  policyVersion!: number;

  /** The day the year was judged on: its last day, or the day of the run while the year was running. */
  @Column({ name: 'as_of', type: 'date', nullable: true })
  asOf!: string | null;

  @Column({ name: 'requested_by_id', type: 'uuid', nullable: true })
  requestedById!: string | null;

  @Column({ name: 'requested_by_name', type: 'text' })
  requestedByName!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', precision: 3, nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  failure!: string | null;

  @Column({ name: 'enterprise_count', type: 'int', nullable: true })
  enterpriseCount!: number | null;

  @Column({ name: 'eligible_count', type: 'int', nullable: true })
  eligibleCount!: number | null;

  @Column({ name: 'total_reward', type: 'numeric', precision: 18, scale: 2, nullable: true })
  totalReward!: string | null;
}

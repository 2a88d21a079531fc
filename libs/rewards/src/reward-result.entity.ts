import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CriterionOutcome } from './domain/criteria';

/** How one connected core enterprise fared in an evaluation: written once, never changed. */
@Entity('reward_evaluation_results')
export class RewardResultEntity {
  @PrimaryColumn({ name: 'evaluation_id', type: 'uuid' })
  evaluationId!: string;

  @PrimaryColumn({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId!: string;

  @Column({ name: 'enterprise_name', type: 'text' })
  enterpriseName!: string;

  @Column({ name: 'enterprise_uscc', type: 'char', length: 18 })
  enterpriseUscc!: string;

  @Column({ name: 'city_code', type: 'char', length: 6 })
  cityCode!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @Column({ name: 'platform_account_id', type: 'text' })
  platformAccountId!: string;

  @Column({ name: 'connected_on', type: 'date' })
  connectedOn!: string;

  @Column({ type: 'boolean' })
  eligible!: boolean;

  @Column({ name: 'reward_amount', type: 'numeric', precision: 18, scale: 2 })
  rewardAmount!: string;

  @Column({ name: 'reward_explanation', type: 'text' })
  rewardExplanation!: string;

  @Column({ type: 'jsonb' })
  criteria!: CriterionOutcome[];

  /** What the enterprise still lacks: the explanations of its failed criteria. */
  @Column({ type: 'jsonb' })
  missing!: string[];
}

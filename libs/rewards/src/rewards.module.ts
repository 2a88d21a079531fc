import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@gqt/notifications';
import { OnboardingModule } from '@gqt/onboarding';
import { ReceivablesModule } from '@gqt/receivables';
import { RewardEvaluationEntity } from './reward-evaluation.entity';
import { RewardEvaluationsRepository } from './reward-evaluations.repository';
import { RewardEvaluationsService } from './reward-evaluations.service';
import { RewardNotifications } from './reward-notifications';
import { RewardPoliciesRepository } from './reward-policies.repository';
import { RewardPoliciesService } from './reward-policies.service';
import { RewardPolicyEntity } from './reward-policy.entity';
import { RewardResultEntity } from './reward-result.entity';
import { RewardsJobs } from './rewards.jobs';

@Module({
  imports: [
    TypeOrmModule.forFeature([RewardPolicyEntity, RewardEvaluationEntity, RewardResultEntity]),
    OnboardingModule,
    ReceivablesModule,
    NotificationsModule,
  ],
  providers: [
    RewardPoliciesRepository,
    RewardPoliciesService,
    RewardEvaluationsRepository,
    RewardEvaluationsService,
    RewardsJobs,
    RewardNotifications,
  ],
  exports: [RewardPoliciesService, RewardEvaluationsService],
})
export class RewardsModule {}

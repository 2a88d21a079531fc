import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventHandlers } from '@gqt/platform';
import { RewardEvaluationsService } from './reward-evaluations.service';
import { REWARD_EVENTS, type EvaluationRequested } from './reward.events';

/**
 * Evaluations run from their `requested` event: the outbox redelivers it until a run commits, so an
 * evaluation survives a lost job or a crashed worker, and a finished one is never run twice.
 */
@Injectable()
export class RewardsJobs implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly evaluations: RewardEvaluationsService,
  ) {}

  onModuleInit(): void {
    this.handlers.on<EvaluationRequested>('rewards.evaluate', [REWARD_EVENTS.evaluationRequested], ({ payload }) =>
      this.evaluations.run(payload.evaluationId),
    );
  }
}

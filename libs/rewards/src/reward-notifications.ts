import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CRITERION_NAMES, type CriterionKey } from '@gqt/contracts';
import { Money } from '@gqt/kernel';
import { NotificationsService } from '@gqt/notifications';
import { EventHandlers, type PublishedEvent } from '@gqt/platform';
import { yuan } from './domain/yuan';
import { REWARD_EVENTS, type EvaluationCompleted, type EvaluationRequestedPayload } from './reward.events';

/** The criteria an enterprise has not met, by name in a language (the explanations are English). */
const names = (result: EvaluationCompleted['payload']['results'][number], language: 'zh-CN' | 'en'): string[] =>
  result.missingKeys
    ? result.missingKeys.map((key) => CRITERION_NAMES[language][key as CriterionKey] ?? key)
    : result.missing;

type EvaluationFailed = PublishedEvent<typeof REWARD_EVENTS.evaluationFailed, EvaluationRequestedPayload>;

/** Tells each evaluated enterprise its result, and the region's regulators that the run ended. */
@Injectable()
export class RewardNotifications implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.handlers.on<EvaluationCompleted>(
      'rewards.notify-results',
      [REWARD_EVENTS.evaluationCompleted],
      async ({ type, aggregateId, payload }) => {
        const about = { kind: type, entityType: 'reward_evaluation', entityId: aggregateId };
        for (const result of payload.results) {
          await this.notifications.notifyEnterprise(result.enterpriseId, {
            ...about,
            title: `${payload.year} 年度核心企业奖励评价结果`,
            body: result.eligible
              ? `${result.enterpriseName}符合 ${payload.year} 年度奖励条件，奖励金额 ${yuan(Money.parse(result.rewardAmount))}。`
              : `${result.enterpriseName}暂不符合 ${payload.year} 年度奖励条件。尚缺：${names(result, 'zh-CN').join('；')}`,
            en: {
              title: `Core-enterprise reward evaluation for ${payload.year}`,
              body: result.eligible
                ? `${result.enterpriseName} meets the ${payload.year} reward criteria; reward ¥${result.rewardAmount}.`
                : `${result.enterpriseName} does not meet the ${payload.year} reward criteria yet. Still to reach: ${names(result, 'en').join('; ')}`,
            },
          });
        }
        const eligible = payload.results.filter((r) => r.eligible);
        const total = Money.sum(eligible.map((r) => Money.parse(r.rewardAmount)));
        await this.notifications.notifyRegulators([], {
          ...about,
          title: `${payload.year} 年度核心企业奖励评价已完成`,
          body:
            `评价 ${payload.results.length} 家已接入核心企业（政策第 ${payload.policyVersion} 版，截至 ${payload.asOf}），` +
            `${eligible.length} 家符合条件，奖励合计 ${yuan(total)}。`,
          en: {
            title: `Core-enterprise reward evaluation for ${payload.year} completed`,
            body: `${payload.results.length} connected core enterprises evaluated (policy version ${payload.policyVersion}, as of ${payload.asOf}); ${eligible.length} eligible, rewards ¥${total.toString()} in all.`,
          },
        });
      },
    );
    this.handlers.on<EvaluationFailed>(
      'rewards.notify-failure',
      [REWARD_EVENTS.evaluationFailed],
      async ({ type, aggregateId, payload }) => {
        await this.notifications.notifyRegulators([], {
          kind: type,
          entityType: 'reward_evaluation',
          entityId: aggregateId,
          title: `${payload.year} 年度核心企业奖励评价未能完成`,
          body: `本次评价未能完成，请稍后重新发起评价。`,
          en: {
            title: `Core-enterprise reward evaluation for ${payload.year} failed`,
            body: 'The evaluation could not be completed; please start it again later.',
          },
        });
      },
    );
  }
}

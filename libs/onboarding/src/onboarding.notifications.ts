import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NotificationsService, type NewNotification } from '@gqt/notifications';
import { EventHandlers } from '@gqt/platform';
import { ONBOARDING_EVENTS, type OnboardingEvent, type OnboardingEventPayload } from './onboarding.events';

type Message = (payload: OnboardingEventPayload) => Pick<NewNotification, 'title' | 'body' | 'en'>;

const PLATFORM = '应收账款融资服务平台';
const PLATFORM_EN = 'the national receivables financing service platform';

/** What the enterprise is told at each step of its application. */
const TO_ENTERPRISE: Partial<Record<OnboardingEvent['type'], Message>> = {
  [ONBOARDING_EVENTS.nominated]: (p) => ({
    title: `已获推荐为 ${p.year} 年度核心企业`,
    body: `${p.enterpriseName}已获所在市推荐于 ${p.year} 年接入${PLATFORM}，待自治区审核。`,
    en: {
      title: `Nominated as a core enterprise for ${p.year}`,
      body: `${p.enterpriseName} was nominated by its city to connect to ${PLATFORM_EN} in ${p.year}; the region reviews it next.`,
    },
  }),
  [ONBOARDING_EVENTS.approved]: (p) => ({
    title: `${p.year} 年度核心企业申请已获批准`,
    body: `自治区已批准${p.enterpriseName}于 ${p.year} 年接入${PLATFORM}。`,
    en: {
      title: `Core-enterprise application for ${p.year} approved`,
      body: `The region approved ${p.enterpriseName} to connect to ${PLATFORM_EN} in ${p.year}.`,
    },
  }),
  [ONBOARDING_EVENTS.rejected]: (p) => ({
    title: `${p.year} 年度核心企业申请未获通过`,
    body: `${p.enterpriseName}的 ${p.year} 年度接入申请未获通过，原因：${p.reason ?? ''}`,
    en: {
      title: `Core-enterprise application for ${p.year} not approved`,
      body: `The ${p.year} application of ${p.enterpriseName} was not approved. Reason: ${p.reason ?? ''}`,
    },
  }),
  [ONBOARDING_EVENTS.connected]: (p) => ({
    title: `已接入${PLATFORM}`,
    body: `${p.enterpriseName}已于 ${p.connectedOn} 接入${PLATFORM}（平台账号 ${p.platformAccountId}）。`,
    en: {
      title: `Connected to ${PLATFORM_EN}`,
      body: `${p.enterpriseName} was connected to ${PLATFORM_EN} on ${p.connectedOn} (platform account ${p.platformAccountId}).`,
    },
  }),
};

/** What the regulators of the applicant's city (and the region) are told. */
const TO_REGULATORS: Partial<Record<OnboardingEvent['type'], Message>> = {
  [ONBOARDING_EVENTS.submitted]: (p) => ({
    title: `新的 ${p.year} 年度核心企业接入申请：${p.enterpriseName}`,
    body: `${p.enterpriseName}申请于 ${p.year} 年接入${PLATFORM}，请审核推荐。`,
    en: {
      title: `New core-enterprise application for ${p.year}: ${p.enterpriseName}`,
      body: `${p.enterpriseName} applies to connect to ${PLATFORM_EN} in ${p.year}; please review and nominate.`,
    },
  }),
  [ONBOARDING_EVENTS.withdrawn]: (p) => ({
    title: `核心企业接入申请已撤回：${p.enterpriseName}`,
    body: `${p.enterpriseName}撤回了 ${p.year} 年度接入申请。`,
    en: {
      title: `Core-enterprise application withdrawn: ${p.enterpriseName}`,
      body: `${p.enterpriseName} withdrew its application for ${p.year}.`,
    },
  }),
};

/** Tells enterprises and regulators about each onboarding step, from the outbox (once per event). */
@Injectable()
export class OnboardingNotifications implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    const notification = (event: OnboardingEvent, message: Message): NewNotification => ({
      kind: event.type,
      ...message(event.payload),
      entityType: 'onboarding_application',
      entityId: event.aggregateId,
    });
    this.handlers.on<OnboardingEvent>(
      'onboarding.notify-enterprise',
      Object.keys(TO_ENTERPRISE) as OnboardingEvent['type'][],
      async (event) => {
        const message = TO_ENTERPRISE[event.type];
        if (message)
          await this.notifications.notifyEnterprise(event.payload.enterpriseId, notification(event, message));
      },
    );
    this.handlers.on<OnboardingEvent>(
      'onboarding.notify-regulators',
      Object.keys(TO_REGULATORS) as OnboardingEvent['type'][],
      async (event) => {
        const message = TO_REGULATORS[event.type];
        if (message) await this.notifications.notifyRegulators([event.payload.cityCode], notification(event, message));
      },
    );
  }
}

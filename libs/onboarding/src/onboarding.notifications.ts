import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NotificationsService, type NewNotification } from '@gqt/notifications';
import { EventHandlers } from '@gqt/platform';
import { ONBOARDING_EVENTS, type OnboardingEvent, type OnboardingEventPayload } from './onboarding.events';

const PLATFORM = 'the receivables financing service platform (中征应收账款融资服务平台)';

/** What the enterprise is told at each step of its application. */
const TO_ENTERPRISE: Partial<
  Record<OnboardingEvent['type'], (p: OnboardingEventPayload) => Omit<NewNotification, 'entityType' | 'entityId'>>
> = {
  [ONBOARDING_EVENTS.nominated]: (p) => ({
    kind: ONBOARDING_EVENTS.nominated,
    title: `Nominated as a ${p.year} core enterprise`,
    body: `${p.enterpriseName} has been nominated by its city to connect to ${PLATFORM} in ${p.year}; the region decides next.`,
  }),
  [ONBOARDING_EVENTS.approved]: (p) => ({
    kind: ONBOARDING_EVENTS.approved,
    title: `Approved as a ${p.year} core enterprise`,
    body: `The region approved ${p.enterpriseName} to connect to ${PLATFORM} in ${p.year}.`,
  }),
  [ONBOARDING_EVENTS.rejected]: (p) => ({
    kind: ONBOARDING_EVENTS.rejected,
    title: `Application for ${p.year} rejected`,
    body: `The application of ${p.enterpriseName} for ${p.year} was rejected: ${p.reason ?? ''}`,
  }),
  [ONBOARDING_EVENTS.connected]: (p) => ({
    kind: ONBOARDING_EVENTS.connected,
    title: `Connected to the receivables financing service platform`,
    body: `${p.enterpriseName} is connected to ${PLATFORM} since ${p.connectedOn} (account ${p.platformAccountId}).`,
  }),
};

/** What the regulators of the applicant's city (and the region) are told. */
const TO_REGULATORS: Partial<
  Record<OnboardingEvent['type'], (p: OnboardingEventPayload) => Omit<NewNotification, 'entityType' | 'entityId'>>
> = {
  [ONBOARDING_EVENTS.submitted]: (p) => ({
    kind: ONBOARDING_EVENTS.submitted,
    title: `New core-enterprise application for ${p.year}`,
    body: `${p.enterpriseName} applied to connect to ${PLATFORM} in ${p.year}.`,
  }),
  [ONBOARDING_EVENTS.withdrawn]: (p) => ({
    kind: ONBOARDING_EVENTS.withdrawn,
    title: `Core-enterprise application for ${p.year} withdrawn`,
    body: `${p.enterpriseName} withdrew its application for ${p.year}.`,
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
    const about = (event: OnboardingEvent) => ({ entityType: 'onboarding_application', entityId: event.aggregateId });
    this.handlers.on<OnboardingEvent>(
      'onboarding.notify-enterprise',
      Object.keys(TO_ENTERPRISE) as OnboardingEvent['type'][],
      async (event) => {
        const message = TO_ENTERPRISE[event.type]?.(event.payload);
        if (message)
          await this.notifications.notifyEnterprise(event.payload.enterpriseId, { ...message, ...about(event) });
      },
    );
    this.handlers.on<OnboardingEvent>(
      'onboarding.notify-regulators',
      Object.keys(TO_REGULATORS) as OnboardingEvent['type'][],
      async (event) => {
        const message = TO_REGULATORS[event.type]?.(event.payload);
        if (message)
          await this.notifications.notifyRegulators([event.payload.cityCode], { ...message, ...about(event) });
      },
    );
  }
}

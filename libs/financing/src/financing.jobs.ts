import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventHandlers, JobRegistry, type PublishedEvent } from '@gqt/platform';
import { CompetingOffersService } from './competing-offers.service';
import { WEBHOOK_EVENT_TYPES, WebhookDispatcher } from '@gqt/webhooks';
import { FINANCING_EVENT_TYPES, OFFER_MADE, type FinancingEvent } from './financing-events';
import { FinancingNotifications, type OfferMadePayload } from './financing-notifications';
import { FinancingRequestsRepository } from './financing-requests.repository';

// An OPEN request expires within a minute of its time (api-contract.md § Matching).
export const EXPIRE_OFFERS_JOB = 'financing.expire-open-requests';

const RECEIVABLE_WEBHOOK_EVENTS = WEBHOOK_EVENT_TYPES.filter((type) => type.startsWith('receivable.'));

/**
 * Financing's event handlers: the parties' inboxes, and which bank's webhooks hear what: the
 * bank a request was made to hears of the request; a bank hears of the receivables that were
 * ever put before it (its read access), e.g. their payments.
 */
@Injectable()
export class FinancingJobs implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly notify: FinancingNotifications,
    private readonly webhooks: WebhookDispatcher,
    private readonly requests: FinancingRequestsRepository,
    private readonly jobs: JobRegistry,
    private readonly offers: CompetingOffersService,
  ) {}

  onModuleInit(): void {
    this.handlers.on<FinancingEvent>('financing.notify-parties', FINANCING_EVENT_TYPES, ({ type, payload }) =>
      this.notify.notifyParties(type, payload),
    );
    this.handlers.on<PublishedEvent<typeof OFFER_MADE, OfferMadePayload>>(
      'financing.notify-offer',
      [OFFER_MADE],
      ({ payload }) => this.notify.offerMade(payload),
    );
    // The request's bank; a request before several banks, each of them (an offer's event carries
    // the one bank it is for in bankIds, with its offer only).
    this.webhooks.route<FinancingEvent>('financing-requests', FINANCING_EVENT_TYPES, async ({ payload }) =>
      payload.bankId ? [payload.bankId] : payload.bankIds,
    );
    this.jobs.registerRecurring({ name: EXPIRE_OFFERS_JOB, cron: '* * * * *' }, async () => {
      await this.offers.expireDue();
    });
    this.webhooks.route<PublishedEvent>('receivables', RECEIVABLE_WEBHOOK_EVENTS, ({ aggregateId }) =>
      this.requests.banksSeeing(aggregateId),
    );
  }
}

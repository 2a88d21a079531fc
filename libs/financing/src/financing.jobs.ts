import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventHandlers, type PublishedEvent } from '@gqt/platform';
import { WEBHOOK_EVENT_TYPES, WebhookDispatcher } from '@gqt/webhooks';
import { FINANCING_EVENT_TYPES, type FinancingEvent } from './financing-events';
import { FinancingNotifications } from './financing-notifications';
import { FinancingRequestsRepository } from './financing-requests.repository';

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
  ) {}

  onModuleInit(): void {
    this.handlers.on<FinancingEvent>('financing.notify-parties', FINANCING_EVENT_TYPES, ({ type, payload }) =>
      this.notify.notifyParties(type, payload),
    );
    this.webhooks.route<FinancingEvent>('financing-requests', FINANCING_EVENT_TYPES, async ({ payload }) => [
      payload.bankId,
    ]);
    this.webhooks.route<PublishedEvent>('receivables', RECEIVABLE_WEBHOOK_EVENTS, ({ aggregateId }) =>
      this.requests.banksSeeing(aggregateId),
    );
  }
}

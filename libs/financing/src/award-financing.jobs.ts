import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PROCUREMENT_EVENTS, type AwardAcceptedPayload } from '@gqt/procurement';
import { EventHandlers, type PublishedEvent } from '@gqt/platform';
import { isLive } from './domain/financing-status';
import { FinancingRequestsRepository } from './financing-requests.repository';
import { liveLink } from './new-financing-request';

type AwardAccepted = PublishedEvent<typeof PROCUREMENT_EVENTS.awardAccepted, AwardAcceptedPayload>;

/**
 * A delivery accepted while a contract financing request holds its award: the acceptance already
 * held the new receivable for the request (in its own transaction); here the request lists it, so
 * that the bank sees it on the request and hears of its payments by webhook.
 */
@Injectable()
export class AwardFinancingJobs implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly requests: FinancingRequestsRepository,
  ) {}

  onModuleInit(): void {
    this.handlers.on<AwardAccepted>(
      'financing.list-accepted-receivable',
      [PROCUREMENT_EVENTS.awardAccepted],
      async ({ payload }) => {
        if (payload.financingRequestId === null) return;
        const request = await this.requests.lock(payload.financingRequestId);
        if (!request || !isLive(request.status)) return;
        const receivable = { id: payload.receivableId, debtorId: payload.unitId, dueDate: payload.dueDate };
        await this.requests.insertLinks([
          liveLink(request, { ...receivable, outstandingAmount: payload.acceptedAmount }),
        ]);
      },
    );
  }
}

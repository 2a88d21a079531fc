import type { PublishedEvent } from '@gqt/platform';
import type { FinancingOfferView } from './financing-offer-view';
import type { FinancingRequestView } from './financing-request-view';

// The events of a financing request (api-contract.md § Webhooks); the payload is the request as
// the API shows it, so a bank's webhook carries what GET /financing-requests/{id} would return.
export const FINANCING_EVENTS = {
  submitted: 'financing_request.submitted',
  approved: 'financing_request.approved',
  rejected: 'financing_request.rejected',
  withdrawn: 'financing_request.withdrawn',
  disbursed: 'financing_request.disbursed',
  repaid: 'financing_request.repaid',
  // A request before several banks (api-contract.md § Matching): to each bank concerned; an
  // accepted or declined offer's event is the bank's own, carrying its offer and no other.
  offerRequested: 'financing_request.offer_requested',
  offerAccepted: 'financing_request.offer_accepted',
  offerDeclined: 'financing_request.offer_declined',
  expired: 'financing_request.expired',
} as const;

export type FinancingEventType = (typeof FINANCING_EVENTS)[keyof typeof FINANCING_EVENTS];

export const FINANCING_EVENT_TYPES = Object.values(FINANCING_EVENTS);

/** A bank made or replaced an offer: for the SME's inbox only, never a bank's webhook. */
export const OFFER_MADE = 'financing_request.offer_made';

/** What an event of a request carries: the request as its audience may see it, and that bank's offer. */
export type FinancingEventPayload = FinancingRequestView & { offer?: FinancingOfferView | null };

export type FinancingEvent = PublishedEvent<FinancingEventType, FinancingEventPayload>;

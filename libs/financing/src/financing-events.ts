import type { PublishedEvent } from '@gqt/platform';
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
} as const;

export type FinancingEventType = (typeof FINANCING_EVENTS)[keyof typeof FINANCING_EVENTS];

export const FINANCING_EVENT_TYPES = Object.values(FINANCING_EVENTS);

export type FinancingEvent = PublishedEvent<FinancingEventType, FinancingRequestView>;

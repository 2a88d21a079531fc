/**
 * The events a bank may subscribe to (api-contract.md § Webhooks lists the minimum). A bank hears
 * financing_request.* of requests made to it, and receivable.* of receivables put before it
 * (receivable.transferred: a piece of one was passed on).
 */
export const WEBHOOK_EVENT_TYPES = [
  'financing_request.submitted',
  'financing_request.approved',
  'financing_request.rejected',
  'financing_request.withdrawn',
  'financing_request.disbursed',
  'financing_request.repaid',
  // A request before several banks (competing offers): each bank hears of its own offer only.
  'financing_request.offer_requested',
  'financing_request.offer_accepted',
  'financing_request.offer_declined',
  'financing_request.expired',
  'receivable.confirmed',
  'receivable.disputed',
  'receivable.cancelled',
  'receivable.payment_recorded',
  'receivable.settled',
  'receivable.transferred',
  'receivable.overdue',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

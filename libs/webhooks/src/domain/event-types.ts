export { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@gqt/contracts';

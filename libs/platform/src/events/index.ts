export * from './domain-event';
export type { EventHandlerFailureEntity } from './event-handler-failure.entity';
export * from './event-handlers';
export * from './event-relay';
export { MAX_HANDLER_ERROR_LENGTH } from './handler-failures.repository';
export * from './events.module';
export * from './outbox';
export * from './parked-events';

export * from './domain-event';
export type { EventHandlerFailureEntity } from './event-handler-failure.entity';
export * from './event-handlers';
export * from './event-relay';
export * from './events.module';
export * from './outbox';
export * from './parked-events';

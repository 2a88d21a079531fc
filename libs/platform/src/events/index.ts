export * from './domain-event';
export * from './event-handlers';
export * from './event-relay';
export * from './events.module';
export * from './outbox';

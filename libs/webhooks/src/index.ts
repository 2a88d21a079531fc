export * from './domain/event-types';
export * from './domain/signature';
export * from './webhook-attempt.entity';
export * from './webhook-delivery.entity';
export * from './webhook-dispatcher';
export * from './webhook-subscription.entity';
export * from './webhooks.module';
export * from './webhooks.service';

export * from './idempotency.interceptor';
export * from './idempotency.module';
export * from './idempotency.openapi';
export * from './without-idempotency.decorator';

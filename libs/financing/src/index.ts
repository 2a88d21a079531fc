export * from './award-financing.service';
export * from './domain/financing-rules';
export * from './domain/financing-status';
export * from './financing-events';
export * from './financing-request-view';
export type { FinancingRequestFilter } from './financing-requests.repository';
export * from './financing.module';
export * from './financing.service';

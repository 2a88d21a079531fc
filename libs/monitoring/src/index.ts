export { AGING_GROUPS, type AgingGroup } from './aging.repository';
export * from './domain/aging';
export * from './domain/late-interest';
export type { ReceivableOverduePayload } from './domain/receivable-events';
export * from './monitoring.module';
export * from './monitoring.service';
export type { OverdueFilter } from './overdue.repository';
export * from './snapshots.service';

export * from './domain/eligibility';
export { medianRate } from './domain/product-rules';
export * from './financing-products.service';
export type { KeyListFilter } from './key-lists.repository';
export * from './key-enterprise-entry.entity';
export * from './key-lists.service';
export * from './matching-statistics.service';
export * from './matching.module';

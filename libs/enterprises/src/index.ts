export * from './city.entity';
export * from './domain/enterprise';
export * from './domain/size-class';
export * from './domain/uscc';
export * from './enterprise.entity';
export * from './enterprise.events';
export * from './enterprises.module';
export type { EnterpriseFilter } from './enterprises.repository';
export * from './enterprises.service';

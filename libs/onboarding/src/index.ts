export * from './domain/onboarding-application';
export * from './onboarding-application.entity';
export type { ApplicationFilter } from './onboarding-applications.repository';
export * from './onboarding.events';
export * from './onboarding.module';
export * from './onboarding.service';

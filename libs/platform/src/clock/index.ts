export * from './business-clock';

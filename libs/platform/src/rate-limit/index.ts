export * from './shared-limiter';

export * from './health.module';
export * from './queue.health';

export * from './job-queue';
export * from './job-registry';
export * from './queue.module';

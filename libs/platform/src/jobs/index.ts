export * from './tracked-job.entity';
export * from './tracked-jobs';
export * from './tracked-jobs.module';

import { Global, Module, type OnModuleInit } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { JobRegistry } from '../queue/job-registry';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyRepository } from './idempotency.repository';

const PURGE_JOB = 'idempotency.purge';

/**
 * Idempotency-Key for every authenticated POST. Both process shapes import it: the API uses the
 * interceptor, and whichever process consumes jobs purges keys older than their 24 hours.
 */
@Global()
@Module({
  providers: [IdempotencyRepository, { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
})
export class IdempotencyModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobRegistry,
    private readonly keys: IdempotencyRepository,
  ) {}

  onModuleInit(): void {
    this.jobs.registerRecurring({ name: PURGE_JOB, cron: '17 * * * *' }, async () => {
      await this.keys.purgeExpired();
    });
  }
}

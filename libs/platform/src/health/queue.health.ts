import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { JobQueue } from '../queue/job-queue';

@Injectable()
export class QueueHealthIndicator {
  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly queue: JobQueue,
  ) {}

  async check(key = 'queue'): Promise<HealthIndicatorResult> {
    const check = this.indicator.check(key);
    const up = await this.queue.ping().catch(() => false);
    return up ? check.up() : check.down({ message: 'the job queue does not answer' });
  }
}

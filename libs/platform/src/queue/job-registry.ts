import { Injectable, Logger } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { Metrics } from '../metrics/metrics';

export type JobHandler<T = unknown> = (data: T) => Promise<void>;

export interface RecurringJob {
  name: string;
  /** Cron expression on the Shanghai clock, e.g. '5 0 * * *' for 00:05 every day. */
  cron: string;
}

export const JOB_TIME_ZONE = 'Asia/Shanghai';

/**
 * Which code runs for which job name. Contexts register their handlers at start-up; the same
 * handlers run in-process (no Redis) or in bull workers (house-style § 8 and § 9).
 */
@Injectable()
export class JobRegistry {
  private readonly logger = new Logger(JobRegistry.name);
  private readonly handlers = new Map<string, JobHandler>();
  private readonly recurringJobs: RecurringJob[] = [];

  constructor(
    private readonly cls: ClsService,
    private readonly metrics: Metrics,
  ) {}

  register<T>(name: string, handler: JobHandler<T>): void {
    if (this.handlers.has(name)) throw new Error(`Job handler ${name} is registered twice`);
    this.handlers.set(name, handler as JobHandler);
  }

  registerRecurring<T>(job: RecurringJob, handler: JobHandler<T>): void {
    this.register(job.name, handler);
    this.recurringJobs.push(job);
  }

  get recurring(): readonly RecurringJob[] {
    return this.recurringJobs;
  }

  /**
   * Runs one job in a fresh context of its own, so that @Transactional works outside HTTP requests
   * and never joins the transaction of whatever enqueued the job.
   */
  async run(name: string, data: unknown): Promise<void> {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`No handler for job ${name}`);
    await this.cls.run({ ifNested: 'override' }, async () => {
      try {
        await handler(data);
        this.metrics.jobs.inc({ job: name, outcome: 'done' });
      } catch (error) {
        this.metrics.jobs.inc({ job: name, outcome: 'failed' });
        this.logger.warn({ err: error, job: name }, 'job failed');
        throw error;
      }
    });
  }
}

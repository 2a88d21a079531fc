import { Logger } from '@nestjs/common';
import Bull from 'bull';
import { BACKOFF_BASE_MS, DEFAULT_ATTEMPTS, JobQueue, type JobOptions } from './job-queue';
import { JOB_TIME_ZONE, type JobRegistry } from './job-registry';

const QUEUE_NAME = 'jobs';
// Redis keeps nothing on disk on these machines: recurring jobs are registered again this often,
// so that a Redis restart cannot silently stop the nightly jobs (registration is idempotent).
const RECURRING_REFRESH_MS = 10 * 60 * 1000;

/** Queue mode: jobs in bull on Redis, consumed by apps/worker (and the API when asked to). */
export class BullJobQueue extends JobQueue {
  private readonly logger = new Logger(BullJobQueue.name);
  private readonly queue: Bull.Queue;
  private refresh?: NodeJS.Timeout;

  constructor(
    private readonly registry: JobRegistry,
    redisUrl: string,
    prefix: string,
    private readonly concurrency: number,
  ) {
    super();
    this.queue = new Bull(QUEUE_NAME, redisUrl, {
      prefix,
      // A killed worker's jobs go back to the queue after about this long (bull renews the lock
      // of a live worker's job every lockDuration / 2).
      settings: { lockDuration: 15_000, stalledInterval: 15_000 },
      defaultJobOptions: {
        attempts: DEFAULT_ATTEMPTS,
        backoff: { type: 'exponential', delay: BACKOFF_BASE_MS },
        removeOnComplete: true,
        removeOnFail: 1000,
      },
    });
    this.queue.on('error', (error) => this.logger.error({ err: error }, 'queue error'));
  }

  async enqueue(name: string, data: unknown, options: JobOptions = {}): Promise<void> {
    await this.queue.add(name, data, {
      ...(options.jobId ? { jobId: options.jobId } : {}),
      ...(options.delayMs ? { delay: options.delayMs } : {}),
      ...(options.attempts ? { attempts: options.attempts } : {}),
    });
  }

  async start(consume: boolean): Promise<void> {
    await this.registerRecurring();
    this.refresh = setInterval(() => void this.registerRecurring().catch(() => undefined), RECURRING_REFRESH_MS);
    if (consume) {
      void this.queue.process('*', this.concurrency, (job) => this.registry.run(job.name, job.data));
    }
  }

  private async registerRecurring(): Promise<void> {
    for (const job of this.registry.recurring) {
      await this.queue.add(
        job.name,
        {},
        { repeat: { cron: job.cron, tz: JOB_TIME_ZONE }, jobId: `recurring:${job.name}` },
      );
    }
  }

  async close(): Promise<void> {
    clearInterval(this.refresh);
    await this.queue.close();
  }

  async ping(): Promise<boolean> {
    const client = await this.queue.isReady();
    return (await client.client.ping()) === 'PONG';
  }
}

import { Logger } from '@nestjs/common';
import { CronJob } from 'cron';
import { BACKOFF_BASE_MS, DEFAULT_ATTEMPTS, JobQueue, type JobOptions } from './job-queue';
import { JOB_TIME_ZONE, type JobRegistry } from './job-registry';

/**
 * Jobs in this process, for the single-node default without Redis. Nothing here is the source of
 * truth: the outbox and job tables in the database are, so a job lost with the process is found
 * again after a restart.
 */
export class InlineJobQueue extends JobQueue {
  private readonly logger = new Logger(InlineJobQueue.name);
  private readonly waiting = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private readonly crons: CronJob[] = [];
  private closed = false;
  private sequence = 0;

  constructor(private readonly registry: JobRegistry) {
    super();
  }

  async enqueue(name: string, data: unknown, options: JobOptions = {}): Promise<void> {
    const key = options.jobId ?? `${name}#${(this.sequence += 1)}`;
    if (this.closed || this.waiting.has(key)) return;
    this.schedule(key, name, data, 1, options.attempts ?? DEFAULT_ATTEMPTS, options.delayMs ?? 0);
  }

  private schedule(key: string, name: string, data: unknown, attempt: number, attempts: number, delayMs: number): void {
    const timer = setTimeout(() => {
      this.waiting.delete(key);
      const run = this.registry.run(name, data).catch(() => {
        if (attempt < attempts && !this.closed) {
          this.schedule(key, name, data, attempt + 1, attempts, BACKOFF_BASE_MS * 2 ** (attempt - 1));
        } else {
          this.logger.error({ job: name, attempts: attempt }, 'job gave up after its last attempt');
        }
      });
      this.running.add(run);
      void run.finally(() => this.running.delete(run));
    }, delayMs);
    this.waiting.set(key, timer);
  }

  async start(): Promise<void> {
    for (const job of this.registry.recurring) {
      this.crons.push(
        CronJob.from({
          cronTime: job.cron,
          timeZone: JOB_TIME_ZONE,
          start: true,
          onTick: () => void this.enqueue(job.name, {}, { jobId: `recurring:${job.name}` }),
        }),
      );
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const cron of this.crons) void cron.stop();
    for (const timer of this.waiting.values()) clearTimeout(timer);
    this.waiting.clear();
    await Promise.allSettled([...this.running]);
  }

  async ping(): Promise<boolean> {
    return !this.closed;
  }
}

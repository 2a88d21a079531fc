import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { notFound } from '@gqt/kernel';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal';
import { runAfterCommit } from '../database/resilient-transactions';
import { JobQueue } from '../queue/job-queue';
import { JobRegistry } from '../queue/job-registry';
import { TrackedJobEntity, type RowError } from './tracked-job.entity';
import { TrackedJobsRepository } from './tracked-jobs.repository';

/** What a runner reports as it goes; each report is also the heartbeat that keeps the job its own. */
export interface JobProgress {
  report(counts: { total: number; succeeded: number; failed: number }, errors: RowError[]): Promise<void>;
}

export type TrackedJobRunner = (job: TrackedJobEntity, progress: JobProgress) => Promise<unknown>;

// A runner that has not reported for this long is presumed dead and its job is run again.
const STALE_AFTER_SECONDS = 120;
const RECOVER_JOB = 'tracked-jobs.recover';

/**
 * Jobs that users follow on GET /jobs/{id} (imports, evaluations). The row in `jobs` is the
 * source of truth; the queue only carries "run job X", and a recurring sweep re-enqueues jobs
 * that were lost with a worker or with Redis.
 */
@Injectable()
export class TrackedJobs implements OnModuleInit {
  private readonly logger = new Logger(TrackedJobs.name);
  private readonly kinds = new Set<string>();

  constructor(
    private readonly jobs: TrackedJobsRepository,
    private readonly registry: JobRegistry,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit(): void {
    this.registry.registerRecurring({ name: RECOVER_JOB, cron: '* * * * *' }, () => this.recover());
  }

  /** Registers how jobs of a kind run. */
  define(kind: string, runner: TrackedJobRunner): void {
    this.kinds.add(kind);
    this.registry.register<{ id: string }>(`tracked.${kind}`, ({ id }) => this.run(id, runner));
  }

  /** Records a queued job and enqueues it once the row is committed (a runner must see it). */
  async start(kind: string, owner: Principal, input: object): Promise<string> {
    if (!this.kinds.has(kind)) throw new Error(`Unknown job kind ${kind}`);
    const job = Object.assign(new TrackedJobEntity(), {
      id: randomUUID(),
      kind,
      status: 'QUEUED',
      ownerUserId: owner.type === 'user' ? owner.id : null,
      ownerEnterpriseId: owner.enterpriseId,
      input,
      total: 0,
      succeeded: 0,
      failed: 0,
      errors: [],
      result: null,
      attempts: 0,
      createdAt: new Date(),
    });
    await this.jobs.insert(job);
    // Lost if the process dies right after the commit: the recovery sweep enqueues it again.
    await runAfterCommit(() => this.queue.enqueue(`tracked.${kind}`, { id: job.id }, { jobId: `tracked:${job.id}` }));
    return job.id;
  }

  async get(id: string, principal: Principal): Promise<TrackedJobEntity> {
    const job = await this.jobs.findVisible(id, principal);
    if (!job) throw notFound('The job');
    return job;
  }

  private async run(id: string, runner: TrackedJobRunner): Promise<void> {
    if (!(await this.jobs.claim(id, STALE_AFTER_SECONDS))) return;
    const job = await this.jobs.find(id);
    if (!job) return;
    const progress: JobProgress = { report: (counts, errors) => this.jobs.progress(id, counts, errors) };
    try {
      const result = await runner(job, progress);
      await this.jobs.finish(id, 'DONE', result);
    } catch (error) {
      this.logger.error({ err: error, jobId: id, kind: job.kind }, 'tracked job failed');
      await this.jobs.finish(id, 'FAILED', { message: error instanceof Error ? error.message : String(error) });
    }
  }

  private async recover(): Promise<void> {
    for (const kind of this.kinds) {
      for (const id of await this.jobs.abandoned(kind, STALE_AFTER_SECONDS)) {
        await this.queue.enqueue(`tracked.${kind}`, { id }, { jobId: `tracked:${id}` });
      }
    }
  }
}

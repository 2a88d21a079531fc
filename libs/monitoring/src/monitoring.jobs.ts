import { Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import type { BusinessDate } from '@gqt/kernel';
import { JobQueue, JobRegistry, TrackedJobs, type Actor } from '@gqt/platform';
import { SNAPSHOT_JOB_KIND, SnapshotsService } from './snapshots.service';

/** The nightly run: new overdue notices for the new day, and the snapshot of the day just ended. */
export const NIGHTLY_JOB = { name: 'monitoring.nightly', cron: '5 0 * * *' } as const;
/** The same work on demand: at start-up, and soon after events that changed recent figures. */
export const CATCH_UP_JOB = 'monitoring.catch-up';
export const CATCH_UP_DELAY_MS = 2_000;
// At start-up, give the outbox relay time to hand on what queued up while the process was down
// (or what the demo seed just wrote) before checking for overdue receivables.
const START_UP_DELAY_MS = 15_000;

export interface SnapshotJobInput {
  date: BusinessDate;
  requestedBy: Actor;
}

@Injectable()
export class MonitoringJobs implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly registry: JobRegistry,
    private readonly queue: JobQueue,
    private readonly trackedJobs: TrackedJobs,
    private readonly snapshots: SnapshotsService,
  ) {}

  onModuleInit(): void {
    const catchUp = async () => {
      await this.snapshots.catchUp();
    };
    this.registry.registerRecurring(NIGHTLY_JOB, catchUp);
    this.registry.register(CATCH_UP_JOB, catchUp);
    this.trackedJobs.define(SNAPSHOT_JOB_KIND, (job) => {
      const input = job.input as SnapshotJobInput;
      return this.snapshots.retake(input.date, input.requestedBy, job.id);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    // Its own job id: a waiting job with the same id would swallow the handlers' quicker requests.
    await this.queue.enqueue(CATCH_UP_JOB, {}, { jobId: `${CATCH_UP_JOB}:start-up`, delayMs: START_UP_DELAY_MS });
  }
}

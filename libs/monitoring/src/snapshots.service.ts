import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { addDays, ruleViolation, shanghaiDate, type BusinessDate } from '@gqt/kernel';
import { AuditService, REGION_CODE, TrackedJobs, actorOf, type Actor, type Principal } from '@gqt/platform';
import { OverdueNotices } from './overdue-notices.service';
import { SnapshotsRepository } from './snapshots.repository';

/**
 * How many past days the catch-up keeps complete: it takes a missing snapshot of any of them and
 * takes again one that later events made stale (a late confirmation, a backdated payment). Older
 * snapshots stay as they were taken unless an operator re-runs them.
 */
export const REFRESHED_DAYS = 7;
export const SNAPSHOT_JOB_KIND = 'monitoring.snapshot';

export interface CatchUpResult {
  noticed: number;
  snapshots: BusinessDate[];
}

/** Daily aging snapshots: the nightly job, its catch-up, and operators' re-runs of a day. */
@Injectable()
export class SnapshotsService {
  constructor(
    private readonly snapshots: SnapshotsRepository,
    private readonly notices: OverdueNotices,
    private readonly audit: AuditService,
    private readonly trackedJobs: TrackedJobs,
  ) {}

  /** Overdue notices for today, then any missing or stale snapshot of the last REFRESHED_DAYS days. */
  async catchUp(today: BusinessDate = shanghaiDate()): Promise<CatchUpResult> {
    const noticed = await this.notices.noticeNewlyOverdue(today);
    const from = addDays(today, -REFRESHED_DAYS);
    const taken = new Map((await this.snapshots.days(from, addDays(today, -1))).map((day) => [day.date, day]));
    const snapshots: BusinessDate[] = [];
    for (let day = from; day < today; day = addDays(day, 1)) {
      const snapshot = taken.get(day);
      if (snapshot && !snapshot.stale) continue;
      await this.take(day);
      snapshots.push(day);
    }
    return { noticed, snapshots };
  }

  /** Takes (or takes again) one day's snapshot; returns how many receivables it counts. */
  @Transactional()
  async take(day: BusinessDate): Promise<number> {
    return this.snapshots.write(day);
  }

  /** An operator asks for a past day's snapshot to be taken again; returns the job's id. */
  async requestRetake(principal: Principal, day: BusinessDate): Promise<string> {
    if (day >= shanghaiDate()) {
      throw ruleViolation('SNAPSHOT_DAY_NOT_OVER', `A day's snapshot is taken once the day is over; ${day} is not`);
    }
    return this.trackedJobs.start(SNAPSHOT_JOB_KIND, principal, { date: day, requestedBy: actorOf(principal) });
  }

  @Transactional()
  async retake(day: BusinessDate, actor: Actor, jobId: string): Promise<{ date: BusinessDate; receivables: number }> {
    const receivables = await this.snapshots.write(day);
    await this.audit.record({
      entityType: 'aging_snapshot',
      entityId: jobId,
      action: 'monitoring.snapshot_taken',
      actor,
      jurisdictions: [REGION_CODE],
      after: { date: day, receivables },
    });
    return { date: day, receivables };
  }
}

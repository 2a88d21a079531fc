import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Money, addDays, shanghaiDate } from '@gqt/kernel';
import { EnterprisesService } from '@gqt/enterprises';
import { EventHandlers, JobQueue, type PublishedEvent } from '@gqt/platform';
import type { ReceivablePayloads } from '@gqt/receivables';
import {
  applyEvent,
  firstDayChanged,
  isLive,
  openPosition,
  type MonitoredReceivable,
} from './domain/monitored-receivable';
import { CONSUMED_RECEIVABLE_EVENTS, type ConsumedReceivableEvent } from './domain/receivable-events';
import { CATCH_UP_DELAY_MS, CATCH_UP_JOB } from './monitoring.jobs';
import { REFRESHED_DAYS } from './snapshots.service';
import { MonitoredReceivablesRepository } from './monitored-receivables.repository';
import { SnapshotsRepository } from './snapshots.repository';

type ReceivableEvent = {
  [T in keyof ReceivablePayloads]: PublishedEvent<T, ReceivablePayloads[T]>;
}[keyof ReceivablePayloads];
type EnterpriseUpdated = PublishedEvent<'enterprise.updated', { enterpriseId: string }>;

/**
 * Builds monitoring's read model from receivable events. Each event is handled in one transaction
 * with the record that it was (so never twice), but events may come in any order: the handler
 * locks the receivable's row, applies what the event says (domain/monitored-receivable.ts), and
 * moves the receivable's live money in the per-city totals in the same transaction.
 */
@Injectable()
export class ReceivablesProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly receivables: MonitoredReceivablesRepository,
    private readonly snapshots: SnapshotsRepository,
    private readonly enterprises: EnterprisesService,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit(): void {
    this.handlers.on<ReceivableEvent>('monitoring.receivables', CONSUMED_RECEIVABLE_EVENTS, (event) =>
      this.project(event),
    );
    this.handlers.on<EnterpriseUpdated>('monitoring.enterprise-names', ['enterprise.updated'], ({ payload }) =>
      this.refreshParty(payload.enterpriseId, true),
    );
  }

  async project(event: ReceivableEvent): Promise<void> {
    const { payload } = event;
    await this.rememberParties(payload.creditorId, payload.debtorId);
    const { receivable: before, overdueNoticed } = await this.receivables.lock(payload);
    const paymentIsNew =
      event.type === 'receivable.payment_recorded' &&
      (await this.receivables.addPayment(payload.receivableId, {
        paymentId: event.payload.paymentId,
        amount: Money.parse(event.payload.amount),
        paidOn: event.payload.paidOn,
      }));
    const after = applyEvent(before, event, paymentIsNew);
    await this.receivables.save(after);
    await this.receivables.moveOpenPosition(openPosition(before), openPosition(after));
    await this.afterChange(before, after, event, overdueNoticed);
  }

  /**
   * Marks the snapshots of recent days that this change makes out of date (they are computed from
   * business dates), for the next catch-up to take again; and asks for a catch-up soon when a
   * receivable turns up already overdue, so that its notice goes out without waiting for the
   * night. Stale days alone wait for the nightly run: taking days again after every confirmation
   * would cost the database far more than a day's delay.
   */
  private async afterChange(
    before: MonitoredReceivable,
    after: MonitoredReceivable,
    event: ConsumedReceivableEvent,
    overdueNoticed: boolean,
  ): Promise<void> {
    const today = shanghaiDate();
    const changedFrom = firstDayChanged(before, after, event);
    const recentFrom = addDays(today, -REFRESHED_DAYS);
    if (changedFrom !== null && changedFrom < today) {
      await this.snapshots.markStale(changedFrom > recentFrom ? changedFrom : recentFrom, addDays(today, -1));
    }
    if (!overdueNoticed && isLive(after) && after.dueDate !== null && after.dueDate < today) {
      // One request per second at most; a queue ignores a job id it already holds, even a running one.
      const second = Math.floor(Date.now() / 1000);
      await this.queue.enqueue(CATCH_UP_JOB, {}, { jobId: `${CATCH_UP_JOB}:${second}`, delayMs: CATCH_UP_DELAY_MS });
    }
  }

  /** Names of parties not seen before, from the enterprises context (its public service). */
  private async rememberParties(...ids: string[]): Promise<void> {
    const known = await this.receivables.knownParties(ids);
    for (const id of new Set(ids)) if (!known.has(id)) await this.refreshParty(id, false);
  }

  private async refreshParty(enterpriseId: string, onlyIfKnown: boolean): Promise<void> {
    if (onlyIfKnown && (await this.receivables.knownParties([enterpriseId])).size === 0) return;
    const enterprise = await this.enterprises.findById(enterpriseId);
    if (enterprise)
      await this.receivables.saveParty({ id: enterprise.id, name: enterprise.name, cityCode: enterprise.cityCode });
  }
}

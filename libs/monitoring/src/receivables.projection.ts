import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Money, addDays, shanghaiDate, type BusinessDate } from '@gqt/kernel';
import { EnterprisesService } from '@gqt/enterprises';
import { EventHandlers, JobQueue, type PublishedEvent } from '@gqt/platform';
import type { ReceivablePayloads } from '@gqt/receivables';
import { applyEvent, firstDayChanged, isLive, openPosition } from './domain/monitored-receivable';
import { CONSUMED_RECEIVABLE_EVENTS } from './domain/receivable-events';
import { CATCH_UP_DELAY_MS, CATCH_UP_JOB } from './monitoring.jobs';
import { REFRESHED_DAYS } from './snapshots.service';
import { MonitoredReceivablesRepository } from './monitored-receivables.repository';
import { SnapshotsRepository } from './snapshots.repository';

type ReceivableEvent = {
  [T in keyof ReceivablePayloads]: PublishedEvent<T, ReceivablePayloads[T]>;
}[keyof ReceivablePayloads];
type EnterpriseUpdated = PublishedEvent<'enterprise.updated', { enterpriseId: string }>;

/**
 * Builds monitoring's read model from receivable events. Events are handled in batches (a bulk
 * import brings thousands at once), each batch in one transaction with the record that it was
 * (so never twice); events may come in any order: the handler locks the receivables' rows,
 * applies what each event says (domain/monitored-receivable.ts), and moves their live money in
 * the per-city and per-industry totals in the same transaction.
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
    this.handlers.onBatch<ReceivableEvent>('monitoring.receivables', CONSUMED_RECEIVABLE_EVENTS, (events) =>
      this.project(events),
    );
    this.handlers.on<EnterpriseUpdated>('monitoring.enterprise-names', ['enterprise.updated'], ({ payload }) =>
      this.refreshParty(payload.enterpriseId, true),
    );
  }

  async project(events: ReceivableEvent[]): Promise<void> {
    await this.rememberParties(events.flatMap(({ payload }) => [payload.creditorId, payload.debtorId]));
    const stored = await this.receivables.lock(events.map((event) => event.payload));
    const current = new Map([...stored].map(([id, { receivable }]) => [id, receivable]));
    let changedFrom: BusinessDate | null = null;
    for (const event of events) {
      const before = current.get(event.payload.receivableId)!;
      const after = applyEvent(before, event, await this.recordOnce(event));
      current.set(after.receivableId, after);
      const from = firstDayChanged(before, after, event);
      if (from !== null && (changedFrom === null || from < changedFrom)) changedFrom = from;
    }
    await this.receivables.save([...current.values()]);
    await this.receivables.moveOpenPositions(
      [...current.values()].map((after) => ({
        before: openPosition(stored.get(after.receivableId)!.receivable),
        after: openPosition(after),
      })),
    );
    const today = shanghaiDate();
    const newlyOverdue = [...current.values()].some(
      (after) =>
        !stored.get(after.receivableId)!.overdueNoticed &&
        isLive(after) &&
        after.dueDate !== null &&
        after.dueDate < today,
    );
    await this.afterChange(changedFrom, newlyOverdue);
  }

  /**
   * Keeps a payment or a transfer by its id, for business-date figures; whether it is new (an
   * event delivered again must not count twice).
   */
  private async recordOnce(event: ReceivableEvent): Promise<boolean> {
    const { payload } = event;
    switch (event.type) {
      case 'receivable.payment_recorded':
        return this.receivables.addPayment(payload.receivableId, {
          paymentId: event.payload.paymentId,
          amount: Money.parse(event.payload.amount),
          paidOn: event.payload.paidOn,
        });
      case 'receivable.transferred':
        return this.receivables.addTransfer(payload.receivableId, {
          transferId: event.payload.transferId,
          amount: Money.parse(event.payload.amount),
          transferredOn: event.payload.transferredOn,
        });
      default:
        return false;
    }
  }

  /**
   * Marks the snapshots of recent days that these changes make out of date (they are computed
   * from business dates), for the next catch-up to take again; and asks for a catch-up soon when
   * a receivable turns up already overdue, so that its notice goes out without waiting for the
   * night. Stale days alone wait for the nightly run: taking days again after every confirmation
   * would cost the database far more than a day's delay.
   */
  private async afterChange(changedFrom: BusinessDate | null, newlyOverdue: boolean): Promise<void> {
    const today = shanghaiDate();
    const recentFrom = addDays(today, -REFRESHED_DAYS);
    if (changedFrom !== null && changedFrom < today) {
      await this.snapshots.markStale(changedFrom > recentFrom ? changedFrom : recentFrom, addDays(today, -1));
    }
    if (newlyOverdue) {
      // One request per second at most; a queue ignores a job id it already holds, even a running one.
      const second = Math.floor(Date.now() / 1000);
      await this.queue.enqueue(CATCH_UP_JOB, {}, { jobId: `${CATCH_UP_JOB}:${second}`, delayMs: CATCH_UP_DELAY_MS });
    }
  }

  /** Names of parties not seen before, from the enterprises context (its public service). */
  private async rememberParties(ids: string[]): Promise<void> {
    const known = await this.receivables.knownParties(ids);
    // In id order, as concurrent handlers may add the same parties.
    for (const id of [...new Set(ids)].sort()) if (!known.has(id)) await this.refreshParty(id, false);
  }

  private async refreshParty(enterpriseId: string, onlyIfKnown: boolean): Promise<void> {
    if (onlyIfKnown && (await this.receivables.knownParties([enterpriseId])).size === 0) return;
    const enterprise = await this.enterprises.findById(enterpriseId);
    if (enterprise)
      await this.receivables.saveParty({ id: enterprise.id, name: enterprise.name, cityCode: enterprise.cityCode });
  }
}

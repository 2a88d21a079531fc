import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ClsService } from 'nestjs-cls';
import { Gauge } from 'prom-client';
import { Metrics } from '../metrics/metrics';
import { JobQueue } from '../queue/job-queue';
import { JobRegistry } from '../queue/job-registry';
import type { PublishedEvent } from './domain-event';
import { EventHandlers, type EventRegistration } from './event-handlers';
import { OutboxRepository } from './outbox.repository';

const HANDLE_EVENT_JOB = 'events.handle';
const POLL_INTERVAL_MS = 500;
const NUDGE_DELAY_MS = 20;
const BATCH = 200;

interface HandleEventsJob {
  handler: string;
  /** One event, or those of one relay pass for a handler that takes them together. */
  eventIds: string[];
}

/**
 * Hands outbox events to their handlers through the job queue. Every process relays (claims use
 * SKIP LOCKED, so relays never hand on the same event twice at once); a handler job runs in one
 * transaction with the record that it ran, so delivery is at least once and effects exactly once.
 */
@Injectable()
export class EventRelay implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(EventRelay.name);
  private timer?: NodeJS.Timeout;
  private pass?: Promise<void>;
  private stopped = true;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cls: ClsService,
    private readonly outbox: OutboxRepository,
    private readonly handlers: EventHandlers,
    private readonly jobs: JobRegistry,
    private readonly queue: JobQueue,
    private readonly metrics: Metrics,
  ) {}

  onModuleInit(): void {
    this.jobs.register<HandleEventsJob>(HANDLE_EVENT_JOB, (job) => this.handle(job));
    const outbox = this.outbox;
    new Gauge({
      name: 'gqt_outbox_pending_events',
      help: 'Domain events whose handlers have not all finished (a growing number means stuck delivery)',
      registers: [this.metrics.registry],
      async collect() {
        this.set(await outbox.countPending());
      },
    });
  }

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.pass;
  }

  /** A transaction that wrote events is about to commit: look again soon rather than at the next poll. */
  nudge(): void {
    if (!this.stopped) this.schedule(NUDGE_DELAY_MS);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
  }

  private async tick(): Promise<void> {
    if (this.pass) return; // the running pass reschedules itself
    // A fresh context: the timer may have been set inside a request's transaction.
    this.pass = this.cls
      .run({ ifNested: 'override' }, () => this.dispatchDue())
      .catch((error: unknown) => {
        this.logger.warn({ err: error }, 'outbox relay pass failed');
        return 0;
      })
      .then((dispatched) => {
        this.pass = undefined;
        if (!this.stopped) this.schedule(dispatched === BATCH ? 0 : POLL_INTERVAL_MS);
      });
  }

  /** One pass: claim due events, enqueue jobs for the handlers that have not processed them yet. */
  async dispatchDue(): Promise<number> {
    const claimed = await this.txHost.withTransaction(async () => {
      const events = await this.outbox.claimDue(BATCH);
      const processed = await this.outbox.processedHandlers(events.map((e) => e.id));
      const done = new Set(processed.map((p) => `${p.event_id}:${p.handler}`));
      const completed: string[] = [];
      const batches = new Map<string, string[]>();
      const jobs: HandleEventsJob[] = [];
      for (const event of events) {
        const missing = this.handlers.namesFor(event.type).filter((name) => !done.has(`${event.id}:${name}`));
        if (missing.length === 0) completed.push(event.id);
        for (const handler of missing) {
          if (!this.handlers.get(handler)?.batches) jobs.push({ handler, eventIds: [event.id] });
          else if (batches.has(handler)) batches.get(handler)!.push(event.id);
          else batches.set(handler, [event.id]);
        }
      }
      for (const [handler, eventIds] of batches) jobs.push({ handler, eventIds });
      await this.outbox.markCompleted(completed);
      const dispatched = events.map((e) => e.id).filter((id) => !completed.includes(id));
      await this.outbox.markDispatched(dispatched);
      // Enqueued before commit: if the commit fails the jobs find their events already handled
      // or run again later; if enqueueing fails nothing is marked and the next pass retries.
      for (const job of jobs) {
        const jobId = `${job.eventIds[0]}:${job.handler}${job.eventIds.length > 1 ? `:${job.eventIds.length}` : ''}`;
        await this.queue.enqueue(HANDLE_EVENT_JOB, job, { jobId });
      }
      return events.length;
    });
    return claimed;
  }

  private async handle({ handler, eventIds }: HandleEventsJob): Promise<void> {
    const registration = this.handlers.get(handler);
    if (!registration) throw new Error(`No event handler named ${handler} in this process`);
    try {
      await this.handleTogether(registration, eventIds);
    } catch (error) {
      if (eventIds.length === 1) throw error;
      // One event the handler cannot take must not hold back the others: each alone, and the
      // job fails (to be retried) with the first error.
      this.logger.warn(
        { err: error, handler, events: eventIds.length },
        'a batch failed: handling its events one by one',
      );
      const failures: unknown[] = [];
      for (const eventId of eventIds) {
        await this.handleTogether(registration, [eventId]).catch((single: unknown) => failures.push(single));
      }
      if (failures.length > 0) throw failures[0] instanceof Error ? failures[0] : new Error(String(failures[0]));
    }
  }

  /** Runs the handler on those of the events it has not processed, in one transaction with the record that it did. */
  private async handleTogether(registration: EventRegistration, eventIds: string[]): Promise<void> {
    const handled = await this.txHost.withTransaction(async () => {
      const rows = await this.outbox.findMany(eventIds);
      const fresh = new Set(
        await this.outbox.markProcessed(
          rows.map((row) => row.id),
          registration.name,
        ),
      );
      const events: PublishedEvent[] = rows
        .filter((row) => fresh.has(row.id))
        .map((row) => ({
          id: row.id,
          type: row.type,
          aggregateType: row.aggregateType,
          aggregateId: row.aggregateId,
          payload: row.payload,
          occurredAt: row.occurredAt,
        }));
      if (events.length > 0) await registration.handleMany(events);
      return events;
    });
    // After the commit, not inside it: handlers of one event run concurrently, and each
    // transaction alone cannot see the others' uncommitted records, so the last to commit
    // completes the event here instead of leaving it to the next redispatch.
    for (const type of new Set(handled.map((event) => event.type))) {
      const ofType = handled.filter((event) => event.type === type).map((event) => event.id);
      await this.outbox.completeIfAllProcessed(ofType, this.handlers.namesFor(type));
    }
  }
}

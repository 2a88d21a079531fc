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
import { Counter, Gauge } from 'prom-client';
import { isUnavailable } from '../database/transient-fault';
import { Metrics } from '../metrics/metrics';
import { JobQueue } from '../queue/job-queue';
import { JobRegistry } from '../queue/job-registry';
import type { PublishedEvent } from './domain-event';
import { EventHandlers, type EventRegistration } from './event-handlers';
import { HandlerFailuresRepository } from './handler-failures.repository';
import { OutboxRepository } from './outbox.repository';

const HANDLE_EVENT_JOB = 'events.handle';
const POLL_INTERVAL_MS = 500;
const NUDGE_DELAY_MS = 20;
const BATCH = 200;
// Events due again (a handler failed, or a job was lost) claimed per pass, whatever else is new:
// retries always move, yet a mass of failing events adds at most this much to each pass.
const RETRY_BATCH = 50;
// A handler that fails on an event this many times (not counting transient database faults) is
// parked for an operator; in between, its event is handed on again after 1, 2, 4, 8 s.
export const MAX_HANDLER_ATTEMPTS = 5;
const FIRST_RETRY_SECONDS = 1;

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
    private readonly failures: HandlerFailuresRepository,
    private readonly handlers: EventHandlers,
    private readonly jobs: JobRegistry,
    private readonly queue: JobQueue,
    private readonly metrics: Metrics,
  ) {}

  private handlerFailures?: Counter<'handler' | 'outcome'>;

  onModuleInit(): void {
    this.jobs.register<HandleEventsJob>(HANDLE_EVENT_JOB, (job) => this.handle(job));
    const { outbox, failures } = this;
    new Gauge({
      name: 'gqt_outbox_pending_events',
      help: 'Domain events whose handlers have not all finished (a growing number means stuck delivery)',
      registers: [this.metrics.registry],
      async collect() {
        this.set(await outbox.countPending());
      },
    });
    new Gauge({
      name: 'gqt_parked_event_handlers',
      help: 'Events a handler failed on its last attempt, waiting for an operator (GET /api/v1/admin/parked-events)',
      registers: [this.metrics.registry],
      async collect() {
        this.set(await failures.countParked());
      },
    });
    this.handlerFailures = new Counter({
      name: 'gqt_event_handler_failures_total',
      help: 'Failed attempts of event handlers, by handler and outcome (retry later, or parked)',
      labelNames: ['handler', 'outcome'] as const,
      registers: [this.metrics.registry],
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
        if (!this.stopped) this.schedule(dispatched >= BATCH ? 0 : POLL_INTERVAL_MS);
      });
  }

  /**
   * One pass: claim due events, enqueue jobs for the handlers that have not processed them yet.
   * Returns how many new events it claimed (a full batch means: look again at once).
   */
  async dispatchDue(): Promise<number> {
    const claimed = await this.txHost.withTransaction(async () => {
      const { fresh, due } = await this.outbox.claimDue(BATCH, RETRY_BATCH);
      const events = [...fresh, ...due];
      const ids = events.map((e) => e.id);
      const processed = await this.outbox.processedHandlers(ids);
      const parked = await this.failures.parkedOn(ids);
      const done = new Set([...processed, ...parked].map((p) => `${p.event_id}:${p.handler}`));
      const withParked = new Set(parked.map((p) => p.event_id));
      const completed: string[] = [];
      const waiting: string[] = [];
      const batches = new Map<string, string[]>();
      const jobs: HandleEventsJob[] = [];
      for (const event of events) {
        const missing = this.handlers.namesFor(event.type).filter((name) => !done.has(`${event.id}:${name}`));
        if (missing.length === 0) (withParked.has(event.id) ? waiting : completed).push(event.id);
        for (const handler of missing) {
          if (!this.handlers.get(handler)?.batches) jobs.push({ handler, eventIds: [event.id] });
          else if (batches.has(handler)) batches.get(handler)!.push(event.id);
          else batches.set(handler, [event.id]);
        }
      }
      for (const [handler, eventIds] of batches) jobs.push({ handler, eventIds });
      await this.outbox.markCompleted(completed);
      await this.outbox.markParked(waiting);
      const settled = new Set([...completed, ...waiting]);
      await this.outbox.markDispatched(ids.filter((id) => !settled.has(id)));
      // Enqueued before commit: if the commit fails the jobs find their events already handled
      // or run again later; if enqueueing fails nothing is marked and the next pass retries.
      for (const job of jobs) {
        const jobId = `${job.eventIds[0]}:${job.handler}${job.eventIds.length > 1 ? `:${job.eventIds.length}` : ''}`;
        await this.queue.enqueue(HANDLE_EVENT_JOB, job, { jobId });
      }
      return fresh.length;
    });
    return claimed;
  }

  /**
   * A handler's job. A transient database fault fails the job (the queue retries it; it says
   * nothing about the event). Any other failure is counted against the event, which is handed on
   * again shortly, until the handler's last attempt parks it; the job itself then succeeds.
   */
  private async handle({ handler, eventIds }: HandleEventsJob): Promise<void> {
    const registration = this.handlers.get(handler);
    if (!registration) throw new Error(`No event handler named ${handler} in this process`);
    const failure = await this.attempt(registration, eventIds);
    if (failure === undefined) return;
    if (eventIds.length === 1) return this.recordFailure(handler, eventIds[0], failure);
    // One event the handler cannot take must not hold back the others: each alone.
    this.logger.warn(
      { err: failure, handler, events: eventIds.length },
      'a batch failed: handling its events one by one',
    );
    for (const eventId of eventIds) {
      const single = await this.attempt(registration, [eventId]);
      if (single !== undefined) await this.recordFailure(handler, eventId, single);
    }
  }

  /** Runs the handler; returns the error it failed with, unless that was a transient fault (thrown). */
  private async attempt(registration: EventRegistration, eventIds: string[]): Promise<unknown> {
    try {
      await this.handleTogether(registration, eventIds);
      return undefined;
    } catch (error) {
      if (isUnavailable(error)) throw error;
      return error;
    }
  }

  private async recordFailure(handler: string, eventId: string, error: unknown): Promise<void> {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const { attempts, parked } = await this.txHost.withTransaction(async () => {
      const recorded = await this.failures.record(eventId, handler, message, MAX_HANDLER_ATTEMPTS);
      // Parked: the relay looks at the event at once, to park it too if nothing else is left to do.
      const wait = recorded.parked ? 0 : FIRST_RETRY_SECONDS * 2 ** (recorded.attempts - 1);
      await this.outbox.dueAgainIn(eventId, wait);
      return recorded;
    });
    this.handlerFailures?.inc({ handler, outcome: parked ? 'parked' : 'retry' });
    if (parked)
      this.logger.error({ err: error, handler, eventId, attempts }, 'event handler parked after its last attempt');
    else
      this.logger.warn(
        { err: error, handler, eventId, attempts },
        'event handler failed; the event is handed on again',
      );
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

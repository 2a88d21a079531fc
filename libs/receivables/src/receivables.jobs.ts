import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventHandlers, TrackedJobs, type PublishedEvent } from '@gqt/platform';
import { IMPORT_JOB, ReceivableImportsService } from './import/receivable-imports.service';
import { RECEIVABLE_EVENTS, type ReceivablePayloads } from './receivable-events';
import { ReceivableNotifications } from './receivable-notifications';

type ReceivableEvent<T extends keyof ReceivablePayloads> = PublishedEvent<T, ReceivablePayloads[T]>;

/**
 * Receivables' background work: the file import job, and event handlers through which the
 * parties' inboxes follow every step of a receivable.
 */
@Injectable()
export class ReceivablesJobs implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly notify: ReceivableNotifications,
    private readonly jobs: TrackedJobs,
    private readonly imports: ReceivableImportsService,
  ) {}

  onModuleInit(): void {
    this.jobs.define(IMPORT_JOB, (job, progress) => this.imports.run(job, progress));
    this.handlers.on<ReceivableEvent<'receivable.confirmed'>>(
      'receivables.notify-creditor-of-confirmation',
      [RECEIVABLE_EVENTS.confirmed],
      ({ payload }) => this.notify.confirmed(payload),
    );
    this.handlers.on<ReceivableEvent<'receivable.disputed'>>(
      'receivables.notify-creditor-of-dispute',
      [RECEIVABLE_EVENTS.disputed],
      ({ payload }) => this.notify.disputed(payload),
    );
    this.handlers.on<ReceivableEvent<'receivable.cancelled'>>(
      'receivables.notify-debtor-of-cancellation',
      [RECEIVABLE_EVENTS.cancelled],
      ({ payload }) => this.notify.cancelled(payload),
    );
    this.handlers.on<ReceivableEvent<'receivable.payment_recorded'>>(
      'receivables.notify-creditor-of-payment',
      [RECEIVABLE_EVENTS.paymentRecorded],
      ({ payload }) => this.notify.paymentRecorded(payload),
    );
    this.handlers.on<ReceivableEvent<'receivable.settled'>>(
      'receivables.notify-creditor-of-settlement',
      [RECEIVABLE_EVENTS.settled],
      ({ payload }) => this.notify.settled(payload),
    );
    this.handlers.on<ReceivableEvent<'receivable.piece_created'>>(
      'receivables.notify-of-transfer',
      [RECEIVABLE_EVENTS.pieceCreated],
      ({ payload }) => this.notify.pieceTransferred(payload),
    );
  }
}

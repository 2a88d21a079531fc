import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { notFound } from '@gqt/kernel';
import { AuditBatch } from '../audit/audit-batch';
import { actorOf, type Principal } from '../auth/principal';
import type { Page, PageQuery } from '../http/pagination';
import type { EventHandlerFailureEntity } from './event-handler-failure.entity';
import { EventRelay } from './event-relay';
import { HandlerFailuresRepository, type ParkedSelection } from './handler-failures.repository';
import { OutboxRepository } from './outbox.repository';

/**
 * Poison events parked by the relay (a handler failed its last attempt on them), for the operator:
 * look at them, fix what made the handler fail, and replay one or all. Each replay is audited.
 */
@Injectable()
export class ParkedEvents {
  constructor(
    private readonly failures: HandlerFailuresRepository,
    private readonly outbox: OutboxRepository,
    private readonly auditBatch: AuditBatch,
    private readonly relay: EventRelay,
  ) {}

  list(filter: { handler?: string }, page: PageQuery): Promise<Page<EventHandlerFailureEntity>> {
    return this.failures.page(filter, page);
  }

  /** Hands the selected parked events to their handlers again, each with a new count of attempts. */
  @Transactional()
  async replay(principal: Principal, selection: ParkedSelection): Promise<number> {
    const released = await this.failures.release(selection);
    if ('id' in selection && released.length === 0) throw notFound('The parked event');
    await this.outbox.redispatchNow([...new Set(released.map((entry) => entry.eventId))]);
    await this.auditBatch.recordCreations(
      released.map((entry) => ({
        entityType: 'parked_event',
        entityId: entry.id,
        action: 'parked_event.replayed',
        actor: actorOf(principal),
        before: {
          eventId: entry.eventId,
          handler: entry.handler,
          attempts: entry.attempts,
          lastError: entry.lastError,
          parkedAt: entry.parkedAt,
        },
      })),
    );
    this.relay.nudge();
    return released.length;
  }
}

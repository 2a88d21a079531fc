import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DomainEvent } from './domain-event';
import { OutboxEventEntity } from './outbox-event.entity';
import { OutboxRepository } from './outbox.repository';
import { EventRelay } from './event-relay';

/** Writes domain events in the caller's transaction; the relay hands them on after commit. */
@Injectable()
export class Outbox {
  constructor(
    private readonly events: OutboxRepository,
    private readonly relay: EventRelay,
  ) {}

  async publish(...events: DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    const occurredAt = new Date();
    await this.events.insert(
      events.map((event) =>
        Object.assign(new OutboxEventEntity(), {
          id: randomUUID(),
          ...event,
          occurredAt,
          dispatchedAt: null,
          dispatchCount: 0,
          completedAt: null,
          redispatchAt: null,
          parkedAt: null,
        }),
      ),
    );
    this.relay.nudge();
  }
}

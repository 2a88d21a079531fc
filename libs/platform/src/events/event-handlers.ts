import { Injectable } from '@nestjs/common';
import type { PublishedEvent } from './domain-event';

export type EventHandler<E extends PublishedEvent = PublishedEvent> = (event: E) => Promise<void>;
export type BatchEventHandler<E extends PublishedEvent = PublishedEvent> = (events: E[]) => Promise<void>;

export interface EventRegistration {
  name: string;
  types: ReadonlySet<string>;
  /** Handles events in order, all in one transaction. */
  handleMany: BatchEventHandler;
  /** Whether the relay hands on the events it claims together (one job, one transaction). */
  batches: boolean;
}

/**
 * Subscribers to domain events. Each handler has a stable name: its effects and the record that
 * it processed an event commit together, so a redelivered event is never handled twice.
 */
@Injectable()
export class EventHandlers {
  private readonly registrations = new Map<string, EventRegistration>();

  on<E extends PublishedEvent>(name: string, types: readonly E['type'][], handle: EventHandler<E>): void {
    this.register(name, types, (events) => handle(events[0] as E), false);
  }

  /**
   * A handler that takes the events the relay claims together in one transaction, for read models
   * that bulk operations feed thousands of events at once (one transaction per event would keep
   * them minutes behind). It must accept events of one aggregate in any order, as a single
   * handler must.
   */
  onBatch<E extends PublishedEvent>(name: string, types: readonly E['type'][], handleMany: BatchEventHandler<E>): void {
    this.register(name, types, handleMany as BatchEventHandler, true);
  }

  namesFor(type: string): string[] {
    return [...this.registrations.values()].filter((r) => r.types.has(type)).map((r) => r.name);
  }

  get(name: string): EventRegistration | undefined {
    return this.registrations.get(name);
  }

  private register(name: string, types: readonly string[], handleMany: BatchEventHandler, batches: boolean): void {
    if (this.registrations.has(name)) throw new Error(`Event handler ${name} is registered twice`);
    this.registrations.set(name, { name, types: new Set(types), handleMany, batches });
  }
}

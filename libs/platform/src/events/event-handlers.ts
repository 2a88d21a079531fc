import { Injectable } from '@nestjs/common';
import type { PublishedEvent } from './domain-event';

export type EventHandler<E extends PublishedEvent = PublishedEvent> = (event: E) => Promise<void>;

interface Registration {
  name: string;
  types: ReadonlySet<string>;
  handle: EventHandler;
}

/**
 * Subscribers to domain events. Each handler has a stable name: its effects and the record that
 * it processed an event commit together, so a redelivered event is never handled twice.
 */
@Injectable()
export class EventHandlers {
  private readonly registrations = new Map<string, Registration>();

  on<E extends PublishedEvent>(name: string, types: readonly E['type'][], handle: EventHandler<E>): void {
    if (this.registrations.has(name)) throw new Error(`Event handler ${name} is registered twice`);
    this.registrations.set(name, { name, types: new Set(types), handle: handle as EventHandler });
  }

  namesFor(type: string): string[] {
    return [...this.registrations.values()].filter((r) => r.types.has(type)).map((r) => r.name);
  }

  get(name: string): Registration | undefined {
    return this.registrations.get(name);
  }
}

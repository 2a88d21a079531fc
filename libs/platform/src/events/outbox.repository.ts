import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In } from 'typeorm';
import { OutboxEventEntity } from './outbox-event.entity';

export type ClaimedEvent = Pick<OutboxEventEntity, 'id' | 'type'>;

@Injectable()
export class OutboxRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get manager() {
    return this.txHost.tx;
  }

  /** One statement however many events: a bulk operation publishes thousands at once. */
  async insert(events: OutboxEventEntity[]): Promise<void> {
    const rows = events.map((e) => ({
      id: e.id,
      type: e.type,
      aggregate_type: e.aggregateType,
      aggregate_id: e.aggregateId,
      payload: e.payload,
      occurred_at: e.occurredAt.toISOString(),
    }));
    await this.manager.query(
      `INSERT INTO outbox_events (id, type, aggregate_type, aggregate_id, payload, occurred_at)
       SELECT id, type, aggregate_type, aggregate_id, payload, occurred_at
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, type text, aggregate_type text, aggregate_id uuid,
              payload jsonb, occurred_at timestamptz)`,
      [JSON.stringify(rows)],
    );
  }

  /** Events still to be handled; parked ones wait for an operator and are counted apart. */
  async countPending(): Promise<number> {
    const [row] = await this.manager.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM outbox_events WHERE completed_at IS NULL AND parked_at IS NULL',
    );
    return Number(row.n);
  }

  /** The events with these ids, oldest first. */
  async findMany(ids: string[]): Promise<OutboxEventEntity[]> {
    return this.manager.getRepository(OutboxEventEntity).find({ where: { id: In(ids) }, order: { occurredAt: 'ASC' } });
  }

  /**
   * Claims events never handed on, oldest first, then up to `retries` events due again, longest
   * due first: each from its own index, so that failing events retried in their thousands never
   * hold back new ones. Other relays skip the claimed events until this transaction ends.
   */
  async claimDue(limit: number, retries: number): Promise<{ fresh: ClaimedEvent[]; due: ClaimedEvent[] }> {
    const fresh = await this.manager.query<ClaimedEvent[]>(
      `SELECT id, type FROM outbox_events
        WHERE completed_at IS NULL AND dispatched_at IS NULL
        ORDER BY occurred_at LIMIT $1
        FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    const due = await this.manager.query<ClaimedEvent[]>(
      `SELECT id, type FROM outbox_events
        WHERE completed_at IS NULL AND parked_at IS NULL AND dispatched_at IS NOT NULL AND redispatch_at <= now()
        ORDER BY redispatch_at LIMIT $1
        FOR UPDATE SKIP LOCKED`,
      [retries],
    );
    return { fresh, due };
  }

  async processedHandlers(eventIds: string[]): Promise<{ event_id: string; handler: string }[]> {
    if (eventIds.length === 0) return [];
    return this.manager.query('SELECT event_id, handler FROM processed_events WHERE event_id = ANY($1::uuid[])', [
      eventIds,
    ]);
  }

  /**
   * An event whose handlers have not all finished is handed on again 30 s after its dispatch,
   * doubling with each dispatch up to an hour: delivery is at least once even if a queue loses the
   * job. (A handler that fails brings its event's turn forward: HandlerFailuresRepository.record.)
   */
  async markDispatched(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.manager.query(
      `UPDATE outbox_events
          SET dispatched_at = now(), dispatch_count = dispatch_count + 1,
              redispatch_at = now() + least(interval '30 seconds' * power(2, dispatch_count), interval '1 hour')
        WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** A handler failed on the event: hand it on again after `seconds` (sooner than a lost job's wait). */
  async dueAgainIn(id: string, seconds: number): Promise<void> {
    await this.manager.query(
      'UPDATE outbox_events SET redispatch_at = now() + make_interval(secs => $2) WHERE id = $1',
      [id, seconds],
    );
  }

  /** An operator replays parked handlers of these events: they are handed on as if new. */
  async redispatchNow(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.manager.query(
      `UPDATE outbox_events SET dispatched_at = NULL, dispatch_count = 0, redispatch_at = NULL, parked_at = NULL
        WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Nothing is left to do for these events but handlers parked for an operator. */
  async markParked(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.manager.query('UPDATE outbox_events SET parked_at = now() WHERE id = ANY($1::uuid[])', [ids]);
  }

  async markCompleted(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.manager.query('UPDATE outbox_events SET completed_at = now() WHERE id = ANY($1::uuid[])', [ids]);
  }

  /** Records that a handler processed these events; returns those it had not already (redeliveries are left out). */
  async markProcessed(eventIds: string[], handler: string): Promise<string[]> {
    const rows: { event_id: string }[] = await this.manager.query(
      `INSERT INTO processed_events (event_id, handler) SELECT unnest($1::uuid[]), $2
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [eventIds, handler],
    );
    return rows.map((row) => row.event_id);
  }

  /** Completes those of the events (all of one type) that every one of the type's handlers has processed. */
  async completeIfAllProcessed(eventIds: string[], handlers: string[]): Promise<void> {
    await this.manager.query(
      `UPDATE outbox_events o SET completed_at = now()
        WHERE o.id = ANY($1::uuid[]) AND o.completed_at IS NULL
          AND (SELECT count(*) FROM processed_events p WHERE p.event_id = o.id AND p.handler = ANY($2::text[]))
              = cardinality($2::text[])`,
      [eventIds, handlers],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { paginate, type Page, type PageQuery } from '../http/pagination';
import { EventHandlerFailureEntity } from './event-handler-failure.entity';

export interface RecordedFailure {
  attempts: number;
  parked: boolean;
}

/** Which parked handlers an operator replays: one entry, those of one handler, or all. */
export type ParkedSelection = { id: string } | { handler?: string };

interface FailureRow {
  id: string;
  event_id: string;
  handler: string;
  attempts: number;
  last_error: string;
  first_failed_at: Date;
  last_failed_at: Date;
  parked_at: Date;
}

/** An error message is kept to this length: enough to recognise it, bounded whatever a handler throws. */
export const MAX_HANDLER_ERROR_LENGTH = 2000;

@Injectable()
export class HandlerFailuresRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(EventHandlerFailureEntity);
  }

  /** Counts one more failed attempt of the handler on the event; the last allowed one parks it. */
  async record(eventId: string, handler: string, error: string, maxAttempts: number): Promise<RecordedFailure> {
    const [row] = await this.txHost.tx.query<{ attempts: number; parked: boolean }[]>(
      `INSERT INTO event_handler_failures (id, event_id, handler, attempts, last_error, parked_at)
       VALUES (gen_random_uuid(), $1, $2, 1, $3, CASE WHEN $4::int <= 1 THEN now() END)
       ON CONFLICT (event_id, handler) DO UPDATE
         SET attempts = event_handler_failures.attempts + 1, last_error = EXCLUDED.last_error, last_failed_at = now(),
             parked_at = CASE WHEN event_handler_failures.attempts + 1 >= $4::int THEN now() END
       RETURNING attempts, parked_at IS NOT NULL AS parked`,
      [eventId, handler, error.slice(0, MAX_HANDLER_ERROR_LENGTH), maxAttempts],
    );
    return row;
  }

  /** The handlers parked on these events. */
  async parkedOn(eventIds: string[]): Promise<{ event_id: string; handler: string }[]> {
    if (eventIds.length === 0) return [];
    return this.txHost.tx.query(
      `SELECT event_id, handler FROM event_handler_failures
        WHERE event_id = ANY($1::uuid[]) AND parked_at IS NOT NULL`,
      [eventIds],
    );
  }

  async countParked(): Promise<number> {
    const [row] = await this.txHost.tx.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM event_handler_failures WHERE parked_at IS NOT NULL',
    );
    return Number(row.n);
  }

  /** Parked handlers with their events, most recently parked first. */
  async page(filter: { handler?: string }, page: PageQuery): Promise<Page<EventHandlerFailureEntity>> {
    const query = this.repo.createQueryBuilder('f').innerJoinAndSelect('f.event', 'e').where('f.parkedAt IS NOT NULL');
    if (filter.handler) query.andWhere('f.handler = :handler', { handler: filter.handler });
    return paginate(query, page, 'parkedAt');
  }

  /** Removes the selected parked entries (their handlers run again) and returns them. */
  async release(selection: ParkedSelection): Promise<EventHandlerFailureEntity[]> {
    const [condition, parameters] =
      'id' in selection
        ? ['id = $1', [selection.id]]
        : selection.handler
          ? ['handler = $1', [selection.handler]]
          : ['true', []];
    // TypeORM answers a DELETE with [rows, affected count].
    const [rows] = await this.txHost.tx.query<[FailureRow[], number]>(
      `DELETE FROM event_handler_failures WHERE parked_at IS NOT NULL AND ${condition}
       RETURNING id, event_id, handler, attempts, last_error, first_failed_at, last_failed_at, parked_at`,
      parameters,
    );
    return rows.map((row) =>
      Object.assign(new EventHandlerFailureEntity(), {
        id: row.id,
        eventId: row.event_id,
        handler: row.handler,
        attempts: row.attempts,
        lastError: row.last_error,
        firstFailedAt: row.first_failed_at,
        lastFailedAt: row.last_failed_at,
        parkedAt: row.parked_at,
      }),
    );
  }
}

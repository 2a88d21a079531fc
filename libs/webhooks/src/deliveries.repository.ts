import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { paginate, type Page, type PageQuery } from '@gqt/platform';
import { WebhookAttemptEntity } from './webhook-attempt.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';

/** A delivery as a worker holds it while sending. */
export interface ClaimedDelivery {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  body: string;
  attempts: number;
  retryUntil: Date;
}

interface ClaimedRow {
  id: string;
  subscription_id: string;
  event_id: string;
  event_type: string;
  body: string;
  attempts: number;
  retry_until: Date;
}

// A job may fire a little before the database thinks the delivery is due (clocks, timers).
const DUE_TOLERANCE = "interval '2 seconds'";

@Injectable()
export class DeliveriesRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get manager() {
    return this.txHost.tx;
  }

  /** Inserts deliveries; one already there for the same subscription and event is left alone. */
  async insert(deliveries: WebhookDeliveryEntity[]): Promise<string[]> {
    if (deliveries.length === 0) return [];
    const result = await this.manager
      .createQueryBuilder()
      .insert()
      .into(WebhookDeliveryEntity)
      .values(deliveries)
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as { id: string }[]).map((row) => row.id);
  }

  /**
   * Takes a due delivery for `owner` until the lease runs out. SKIP LOCKED: a delivery another
   * worker is claiming right now is simply not this worker's.
   */
  async claim(id: string, owner: string, leaseMs: number): Promise<ClaimedDelivery | null> {
    const [rows] = await this.manager.query<[ClaimedRow[], number]>(
      `UPDATE webhook_deliveries d
          SET leased_until = now() + $3 * interval '1 millisecond', lease_owner = $2
        WHERE d.id = (SELECT id FROM webhook_deliveries
                       WHERE id = $1 AND state = 'PENDING' AND next_attempt_at <= now() + ${DUE_TOLERANCE}
                         AND (leased_until IS NULL OR leased_until < now())
                       FOR UPDATE SKIP LOCKED)
        RETURNING d.id, d.subscription_id, d.event_id, d.event_type, d.body, d.attempts, d.retry_until`,
      [id, owner, leaseMs],
    );
    const row = rows[0];
    return row
      ? {
          id: row.id,
          subscriptionId: row.subscription_id,
          eventId: row.event_id,
          eventType: row.event_type,
          body: row.body,
          attempts: row.attempts,
          retryUntil: new Date(row.retry_until),
        }
      : null;
  }

  async exists(id: string): Promise<boolean> {
    return this.manager.getRepository(WebhookDeliveryEntity).existsBy({ id });
  }

  /**
   * Deliveries that are due but that no job took up (lost with a worker, with Redis, or a lease
   * that ran out), oldest first.
   */
  async overdue(limit: number): Promise<{ id: string; attempts: number }[]> {
    return this.manager.query(
      `SELECT id, attempts FROM webhook_deliveries
        WHERE state = 'PENDING' AND next_attempt_at < now() - interval '5 seconds'
          AND (leased_until IS NULL OR leased_until < now())
        ORDER BY next_attempt_at LIMIT $1`,
      [limit],
    );
  }

  async recordAttempt(attempt: WebhookAttemptEntity): Promise<void> {
    await this.manager.getRepository(WebhookAttemptEntity).insert(attempt);
  }

  /** Ends a lease with the outcome of an attempt; false if the lease was lost meanwhile. */
  async settle(
    id: string,
    owner: string,
    outcome: { attempts: number; lastStatus: number | null; delivered: boolean; nextAttemptAt: Date | null },
  ): Promise<boolean> {
    const state = outcome.delivered ? 'DELIVERED' : outcome.nextAttemptAt ? 'PENDING' : 'FAILED';
    const [, affected] = await this.manager.query<[unknown, number]>(
      `UPDATE webhook_deliveries
          SET state = $3, attempts = $4, last_status = $5, next_attempt_at = $6,
              delivered_at = CASE WHEN $3 = 'DELIVERED' THEN now() ELSE delivered_at END,
              leased_until = NULL, lease_owner = NULL
        WHERE id = $1 AND lease_owner = $2`,
      [id, owner, state, outcome.attempts, outcome.lastStatus, outcome.nextAttemptAt],
    );
    return affected === 1;
  }

  async cancel(id: string, owner: string): Promise<void> {
    await this.manager.query(
      `UPDATE webhook_deliveries SET state = 'CANCELLED', next_attempt_at = NULL, leased_until = NULL, lease_owner = NULL
        WHERE id = $1 AND lease_owner = $2`,
      [id, owner],
    );
  }

  findForUpdate(subscriptionId: string, eventId: string): Promise<WebhookDeliveryEntity | null> {
    return this.manager
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder('d')
      .where('d.subscriptionId = :subscriptionId AND d.eventId = :eventId', { subscriptionId, eventId })
      .setLock('pessimistic_write')
      .getOne();
  }

  async save(delivery: WebhookDeliveryEntity): Promise<void> {
    await this.manager.getRepository(WebhookDeliveryEntity).save(delivery);
  }

  /** Pending deliveries of a deleted subscription are not sent. */
  async cancelPendingOf(subscriptionId: string): Promise<void> {
    await this.manager.query(
      `UPDATE webhook_deliveries SET state = 'CANCELLED', next_attempt_at = NULL
        WHERE subscription_id = $1 AND state = 'PENDING'`,
      [subscriptionId],
    );
  }

  attempts(subscriptionId: string, filter: { eventId?: string }, page: PageQuery): Promise<Page<WebhookAttemptEntity>> {
    const query = this.manager
      .getRepository(WebhookAttemptEntity)
      .createQueryBuilder('a')
      .where('a.subscriptionId = :subscriptionId', { subscriptionId });
    if (filter.eventId) query.andWhere('a.eventId = :eventId', { eventId: filter.eventId });
    return paginate(query, page, 'attemptedAt');
  }
}

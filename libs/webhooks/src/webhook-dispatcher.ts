import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { EventHandlers, JobQueue, JobRegistry, appConfig, type PublishedEvent } from '@gqt/platform';
import { randomUUID } from 'node:crypto';
import { RETRY_WINDOW_MS, nextAttemptAt } from './domain/retry-schedule';
import { signatureHeader } from './domain/signature';
import { DeliveriesRepository, type ClaimedDelivery } from './deliveries.repository';
import { SubscriptionsRepository } from './subscriptions.repository';
import { WebhookAttemptEntity } from './webhook-attempt.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookSecrets } from './webhook-secrets';
import { WebhookSender } from './webhook-sender';
import { webhooksConfig } from './webhooks.config';

/** Which banks an event concerns; the context that knows registers it (see WebhookDispatcher.route). */
export type WebhookAudience<E extends PublishedEvent = PublishedEvent> = (event: E) => Promise<string[]>;

export const DELIVER_JOB = 'webhooks.deliver';
const SWEEP_JOB = 'webhooks.sweep';
const SWEEP_BATCH = 500;
// A delivery job enqueued inside the transaction that creates the delivery may run before that
// transaction commits: it then fails and the queue retries it after this short wait.
const FIRST_DELIVERY_DELAY_MS = 50;

interface DeliverJob {
  deliveryId: string;
}

const USER_AGENT = 'Guiqitong-Webhooks/1.0';

/**
 * From the outbox to the banks' receivers (api-contract.md § Webhooks). An event handler writes
 * one delivery per listening subscription in the transaction that records the event handled; a
 * job sends it, holding it under a lease, and schedules the retries; a recurring sweep hands
 * deliveries nobody took up (a worker killed mid-delivery, a job lost with Redis) to a new job.
 */
@Injectable()
export class WebhookDispatcher implements OnModuleInit {
  private readonly logger = new Logger(WebhookDispatcher.name);

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly handlers: EventHandlers,
    private readonly jobs: JobRegistry,
    private readonly queue: JobQueue,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly deliveries: DeliveriesRepository,
    private readonly sender: WebhookSender,
    @Inject(webhooksConfig.KEY) private readonly config: ConfigType<typeof webhooksConfig>,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    private readonly secrets: WebhookSecrets,
  ) {}

  onModuleInit(): void {
    this.jobs.register<DeliverJob>(DELIVER_JOB, ({ deliveryId }) => this.deliver(deliveryId));
    this.jobs.registerRecurring({ name: SWEEP_JOB, cron: '*/10 * * * * *' }, () => this.sweep());
  }

  /** Sends events of these types to the subscriptions of the banks `audience` names. */
  route<E extends PublishedEvent>(name: string, types: readonly E['type'][], audience: WebhookAudience<E>): void {
    this.handlers.on<E>(`webhooks.${name}`, types, async (event) => this.fanOut(event, await audience(event)));
  }

  private async fanOut(event: PublishedEvent, bankIds: string[]): Promise<void> {
    const listening = await this.subscriptions.listening([...new Set(bankIds)], event.type);
    if (listening.length === 0) return;
    const body = JSON.stringify({
      id: event.id,
      type: event.type,
      createdAt: new Date(event.occurredAt).toISOString(),
      data: event.payload,
    });
    const now = new Date();
    const created = await this.deliveries.insert(
      listening.map((subscription) =>
        Object.assign(new WebhookDeliveryEntity(), {
          id: randomUUID(),
          subscriptionId: subscription.id,
          eventId: event.id,
          eventType: event.type,
          body,
          state: 'PENDING',
          attempts: 0,
          nextAttemptAt: now,
          retryUntil: new Date(now.getTime() + RETRY_WINDOW_MS),
          leasedUntil: null,
          leaseOwner: null,
          lastStatus: null,
          createdAt: now,
          deliveredAt: null,
        }),
      ),
    );
    for (const id of created) await this.enqueue(id, 1, FIRST_DELIVERY_DELAY_MS);
  }

  async enqueue(deliveryId: string, attempt: number, delayMs: number, origin = 'scheduled'): Promise<void> {
    await this.queue.enqueue(DELIVER_JOB, { deliveryId } satisfies DeliverJob, {
      jobId: `webhook:${deliveryId}:${attempt}:${origin}`,
      delayMs: Math.max(0, Math.round(delayMs)),
    });
  }

  /** One attempt at one delivery, if it is due and no other worker holds it. */
  async deliver(deliveryId: string): Promise<void> {
    const owner = randomUUID();
    const claimed = await this.txHost.withTransaction(() =>
      this.deliveries.claim(deliveryId, owner, this.config.leaseMs),
    );
    if (!claimed) {
      // Not yet committed by the transaction that created it: fail, so the queue tries again.
      if (!(await this.deliveries.exists(deliveryId))) throw new Error(`Delivery ${deliveryId} is not visible yet`);
      return;
    }
    const subscription = await this.subscriptions.findById(claimed.subscriptionId);
    if (!subscription || subscription.deletedAt) {
      await this.deliveries.cancel(claimed.id, owner);
      return;
    }
    const attempt = claimed.attempts + 1;
    const attemptedAt = new Date();
    const result = await this.sender.send({
      url: subscription.url,
      body: claimed.body,
      timeoutMs: this.config.timeoutMs,
      publicOnly: this.app.production,
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': USER_AGENT,
        'X-GQT-Event': claimed.eventType,
        'X-GQT-Delivery': claimed.eventId,
        'X-GQT-Signature': signatureHeader(
          this.secrets.open(subscription.sealedSecret),
          claimed.body,
          Math.floor(Date.now() / 1000),
        ),
      },
    });
    const delivered = result.status !== null && result.status >= 200 && result.status < 300;
    const next = delivered ? null : nextAttemptAt(attempt, new Date(), claimed.retryUntil, this.config.retryBaseMs);
    await this.record(claimed, owner, attempt, attemptedAt, result, delivered, next);
    if (next) await this.enqueue(claimed.id, attempt + 1, next.getTime() - Date.now());
    else if (!delivered) this.logger.warn({ deliveryId, attempts: attempt }, 'webhook delivery gave up');
  }

  private async record(
    claimed: ClaimedDelivery,
    owner: string,
    attempt: number,
    attemptedAt: Date,
    result: { status: number | null; error: string | null; durationMs: number },
    delivered: boolean,
    next: Date | null,
  ): Promise<void> {
    await this.txHost.withTransaction(async () => {
      await this.deliveries.recordAttempt(
        Object.assign(new WebhookAttemptEntity(), {
          id: randomUUID(),
          deliveryId: claimed.id,
          subscriptionId: claimed.subscriptionId,
          eventId: claimed.eventId,
          eventType: claimed.eventType,
          attempt,
          status: result.status,
          error: result.error,
          durationMs: result.durationMs,
          attemptedAt,
          nextAttemptAt: next,
        }),
      );
      await this.deliveries.settle(claimed.id, owner, {
        attempts: attempt,
        lastStatus: result.status,
        delivered,
        nextAttemptAt: next,
      });
    });
  }

  /** Hands overdue deliveries (no job took them up) to new jobs. */
  async sweep(): Promise<void> {
    const minute = Math.floor(Date.now() / 60_000);
    for (const { id, attempts } of await this.deliveries.overdue(SWEEP_BATCH)) {
      await this.enqueue(id, attempts + 1, 0, `swept-${minute}`);
    }
  }
}

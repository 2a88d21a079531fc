import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Transactional } from '@nestjs-cls/transactional';
import { conflict, forbidden, notFound, ruleViolation } from '@gqt/kernel';
import { EnterprisesService } from '@gqt/enterprises';
import {
  AuditService,
  Outbox,
  actorOf,
  appConfig,
  runAfterCommit,
  type Page,
  type PageQuery,
  type Principal,
} from '@gqt/platform';
import { randomUUID } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import type { WebhookEventType } from './domain/event-types';
import { RETRY_WINDOW_MS } from './domain/retry-schedule';
import { assertDeliverableUrl, parseWebhookUrl } from './domain/webhook-url';
import { DeliveriesRepository } from './deliveries.repository';
import { SubscriptionsRepository } from './subscriptions.repository';
import type { WebhookAttemptEntity } from './webhook-attempt.entity';
import type { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookSecrets } from './webhook-secrets';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity';

export interface NewSubscription {
  url: string;
  events: WebhookEventType[];
}

// Enough for a bank's environments and systems; a runaway integration cannot fan one event out
// to hundreds of receivers.
export const MAX_SUBSCRIPTIONS_PER_BANK = 20;

export const WEBHOOK_SUBSCRIPTION_EVENTS = {
  created: 'webhook_subscription.created',
  deleted: 'webhook_subscription.deleted',
  secretRotated: 'webhook_subscription.secret_rotated',
  deliveryReplayed: 'webhook_subscription.delivery_replayed',
} as const;

const resolveHost = async (host: string) => (await lookup(host, { all: true })).map((a) => a.address);

/** What the audit trail keeps of a subscription: never its secret. */
const snapshot = ({ sealedSecret: _secret, ...subscription }: WebhookSubscriptionEntity) => subscription;

/** A subscription with its signing secret in plain text: for the one answer that shows it. */
export interface SubscriptionWithSecret {
  subscription: WebhookSubscriptionEntity;
  secret: string;
}

/** A bank's webhook subscriptions (webhooks:manage); a bank only ever sees its own. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly deliveries: DeliveriesRepository,
    private readonly dispatcher: WebhookDispatcher,
    private readonly enterprises: EnterprisesService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    private readonly secrets: WebhookSecrets,
  ) {}

  /** Checks the URL (resolving its host, before its own transaction), then records the subscription. */
  async subscribe(principal: Principal, input: NewSubscription): Promise<SubscriptionWithSecret> {
    const url = parseWebhookUrl(input.url);
    await assertDeliverableUrl(url, this.app.production, resolveHost);
    return this.record(principal, url.toString(), input.events);
  }

  @Transactional()
  private async record(principal: Principal, url: string, events: WebhookEventType[]): Promise<SubscriptionWithSecret> {
    const bankId = bankOf(principal);
    if ((await this.subscriptions.countLive(bankId)) >= MAX_SUBSCRIPTIONS_PER_BANK) {
      throw ruleViolation(
        'WEBHOOK_SUBSCRIPTION_LIMIT',
        `A bank may have at most ${MAX_SUBSCRIPTIONS_PER_BANK} webhook subscriptions; delete one first`,
      );
    }
    const { secret, sealed } = this.secrets.create();
    const subscription = Object.assign(new WebhookSubscriptionEntity(), {
      id: randomUUID(),
      bankId,
      url,
      events: [...new Set(events)],
      sealedSecret: sealed,
      createdAt: new Date(),
      secretRotatedAt: null,
      deletedAt: null,
    });
    await this.subscriptions.insert(subscription);
    await this.changed(principal, subscription, WEBHOOK_SUBSCRIPTION_EVENTS.created, null);
    return { subscription, secret };
  }

  list(principal: Principal, page: PageQuery): Promise<Page<WebhookSubscriptionEntity>> {
    return this.subscriptions.page(bankOf(principal), page);
  }

  /** Stops deliveries to the subscription; those still pending are cancelled. */
  @Transactional()
  async unsubscribe(principal: Principal, id: string): Promise<void> {
    const subscription = await this.owned(principal, id, true);
    const before = snapshot(subscription);
    subscription.deletedAt = new Date();
    await this.subscriptions.save(subscription);
    await this.deliveries.cancelPendingOf(id);
    await this.changed(principal, subscription, WEBHOOK_SUBSCRIPTION_EVENTS.deleted, before);
  }

  /** A new signing secret, effective for every attempt from now on (retries included). */
  @Transactional()
  async rotateSecret(principal: Principal, id: string): Promise<SubscriptionWithSecret> {
    const subscription = await this.owned(principal, id, true);
    const before = snapshot(subscription);
    const { secret, sealed } = this.secrets.create();
    subscription.sealedSecret = sealed;
    subscription.secretRotatedAt = new Date();
    await this.subscriptions.save(subscription);
    await this.changed(principal, subscription, WEBHOOK_SUBSCRIPTION_EVENTS.secretRotated, before);
    return { subscription, secret };
  }

  async attempts(
    principal: Principal,
    id: string,
    filter: { eventId?: string },
    page: PageQuery,
  ): Promise<Page<WebhookAttemptEntity>> {
    await this.owned(principal, id);
    return this.deliveries.attempts(id, filter, page);
  }

  /** Sends a delivery again now (it keeps its id), with a new 24 hours of retries. */
  async replay(principal: Principal, id: string, eventId: string): Promise<WebhookDeliveryEntity> {
    const delivery = await this.requeue(principal, id, eventId);
    // After commit (a keyed request commits later than `requeue`): the job must find it due.
    await runAfterCommit(() => this.dispatcher.enqueue(delivery.id, delivery.attempts + 1, 0, `replay-${Date.now()}`));
    return delivery;
  }

  @Transactional()
  private async requeue(principal: Principal, id: string, eventId: string): Promise<WebhookDeliveryEntity> {
    const subscription = await this.owned(principal, id);
    const delivery = await this.deliveries.findForUpdate(id, eventId);
    if (!delivery) throw notFound('The delivery');
    const now = new Date();
    if (delivery.leasedUntil && delivery.leasedUntil > now) {
      throw conflict('DELIVERY_IN_PROGRESS', 'The delivery is being sent right now; look at its attempts shortly');
    }
    const before = { ...delivery, body: undefined };
    Object.assign(delivery, {
      state: 'PENDING',
      nextAttemptAt: now,
      retryUntil: new Date(now.getTime() + RETRY_WINDOW_MS),
    });
    await this.deliveries.save(delivery);
    await this.audit.record({
      entityType: 'webhook_subscription',
      entityId: subscription.id,
      action: WEBHOOK_SUBSCRIPTION_EVENTS.deliveryReplayed,
      actor: actorOf(principal),
      jurisdictions: await this.jurisdictionsOf(subscription.bankId),
      before,
      after: { ...delivery, body: undefined },
    });
    await this.outbox.publish({
      type: WEBHOOK_SUBSCRIPTION_EVENTS.deliveryReplayed,
      aggregateType: 'webhook_subscription',
      aggregateId: subscription.id,
      payload: { subscriptionId: subscription.id, bankId: subscription.bankId, eventId },
    });
    return delivery;
  }

  private async owned(principal: Principal, id: string, lock = false): Promise<WebhookSubscriptionEntity> {
    const subscription = await this.subscriptions.findOwned(bankOf(principal), id, lock);
    if (!subscription) throw notFound('The webhook subscription');
    return subscription;
  }

  private async changed(
    principal: Principal,
    subscription: WebhookSubscriptionEntity,
    action: string,
    before: object | null,
  ): Promise<void> {
    await this.audit.record({
      entityType: 'webhook_subscription',
      entityId: subscription.id,
      action,
      actor: actorOf(principal),
      jurisdictions: await this.jurisdictionsOf(subscription.bankId),
      before,
      after: snapshot(subscription),
    });
    await this.outbox.publish({
      type: action,
      aggregateType: 'webhook_subscription',
      aggregateId: subscription.id,
      payload: {
        subscriptionId: subscription.id,
        bankId: subscription.bankId,
        url: subscription.url,
        events: subscription.events,
      },
    });
  }

  private async jurisdictionsOf(bankId: string): Promise<string[]> {
    const bank = await this.enterprises.findById(bankId);
    return bank ? [bank.cityCode] : [];
  }
}

function bankOf(principal: Principal): string {
  if (principal.role !== 'BANK' || !principal.enterpriseId) throw forbidden('Only a bank has webhook subscriptions');
  return principal.enterpriseId;
}

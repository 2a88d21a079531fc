import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiProblems,
  Auth,
  CurrentPrincipal,
  PageQuery,
  UuidParam,
  WithoutIdempotency,
  mapPage,
  type Principal,
} from '@gqt/platform';
import { WebhooksService } from '@gqt/webhooks';
import { CreateWebhookSubscriptionDto } from './create-webhook-subscription.dto';
import { WebhookAttemptQuery } from './webhook-attempt.query';
import {
  ReplayedDeliveryResponse,
  WebhookAttemptPage,
  WebhookAttemptResponse,
  WebhookSecretResponse,
  WebhookSubscriptionPage,
  WebhookSubscriptionResponse,
} from './webhook-subscription.response';

@ApiTags('Bank OpenAPI', 'Webhooks')
@Controller('webhook-subscriptions')
export class WebhookSubscriptionsController {
  constructor(private readonly webhooks: WebhooksService) {}

  /**
   * Subscribes the bank to events. Each delivery is a POST of `{id, type, createdAt, data}` with
   * headers X-GQT-Event, X-GQT-Delivery (the event id, stable across retries) and
   * `X-GQT-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; a non-2xx
   * answer or a timeout is retried with exponential backoff for at least 24 hours.
   * The secret is shown only here, so this answer is never stored for an Idempotency-Key replay
   * (it would sit readable in the database): a retry subscribes again.
   */
  @ApiProblems({
    422: ['WEBHOOK_URL_NOT_HTTPS', 'WEBHOOK_URL_NOT_PUBLIC', 'WEBHOOK_URL_UNRESOLVABLE', 'WEBHOOK_SUBSCRIPTION_LIMIT'],
  })
  @Auth('webhooks:manage')
  @WithoutIdempotency()
  @Post()
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateWebhookSubscriptionDto,
  ): Promise<WebhookSecretResponse> {
    return WebhookSecretResponse.withSecret(await this.webhooks.subscribe(principal, body));
  }

  /** The bank's subscriptions (secrets are never shown again). */
  @Auth('webhooks:manage')
  @Get()
  async list(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery): Promise<WebhookSubscriptionPage> {
    return mapPage(await this.webhooks.list(principal, query), WebhookSubscriptionResponse.of);
  }

  /** Stops the subscription; deliveries still pending for it are cancelled. */
  @Auth('webhooks:manage')
  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<void> {
    await this.webhooks.unsubscribe(principal, id);
  }

  /**
   * Issues a new signing secret; every attempt from now on, retries included, is signed with it.
   * Like the first secret, the answer is never stored for an Idempotency-Key replay.
   */
  @Auth('webhooks:manage')
  @WithoutIdempotency()
  @Post(':id/rotate-secret')
  @HttpCode(200)
  async rotateSecret(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
  ): Promise<WebhookSecretResponse> {
    return WebhookSecretResponse.withSecret(await this.webhooks.rotateSecret(principal, id));
  }

  /** Every delivery attempt of the subscription, newest first, with the receiver's status and the latency. */
  @Auth('webhooks:manage')
  @Get(':id/deliveries')
  async deliveries(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @Query() query: WebhookAttemptQuery,
  ): Promise<WebhookAttemptPage> {
    return mapPage(await this.webhooks.attempts(principal, id, query, query), WebhookAttemptResponse.of);
  }

  /**
   * Sends a delivery again now, e.g. after fixing the receiver; it keeps its X-GQT-Delivery id and
   * gets another 24 hours of retries.
   */
  @ApiProblems({ 409: ['DELIVERY_IN_PROGRESS'] })
  @Auth('webhooks:manage')
  @Post(':id/deliveries/:deliveryId/replay')
  @HttpCode(202)
  async replay(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @UuidParam('deliveryId') deliveryId: string,
  ): Promise<ReplayedDeliveryResponse> {
    return ReplayedDeliveryResponse.of(await this.webhooks.replay(principal, id, deliveryId));
  }
}

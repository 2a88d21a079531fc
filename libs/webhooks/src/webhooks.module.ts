import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnterprisesModule } from '@gqt/enterprises';
import { DeliveriesRepository } from './deliveries.repository';
import { SubscriptionsRepository } from './subscriptions.repository';
import { WebhookAttemptEntity } from './webhook-attempt.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookSecrets } from './webhook-secrets';
import { WebhookSender } from './webhook-sender';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity';
import { webhooksConfig } from './webhooks.config';
import { WebhooksService } from './webhooks.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([WebhookSubscriptionEntity, WebhookDeliveryEntity, WebhookAttemptEntity]),
    ConfigModule.forFeature(webhooksConfig),
    EnterprisesModule,
  ],
  providers: [
    SubscriptionsRepository,
    DeliveriesRepository,
    WebhookSecrets,
    WebhookSender,
    WebhookDispatcher,
    WebhooksService,
  ],
  exports: [WebhooksService, WebhookDispatcher],
})
export class WebhooksModule {}

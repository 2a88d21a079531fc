import { Module } from '@nestjs/common';
import { EnterprisesModule } from '@gqt/enterprises';
import { FinancingModule } from '@gqt/financing';
import { IdentityModule } from '@gqt/identity';
import { NotificationsModule } from '@gqt/notifications';
import { PlatformModule } from '@gqt/platform';
import { ReceivablesModule } from '@gqt/receivables';
import { WebhooksModule } from '@gqt/webhooks';

/** Every context whose jobs and event handlers a worker runs; no HTTP. */
@Module({
  imports: [
    PlatformModule.forRoot('worker'),
    EnterprisesModule,
    IdentityModule,
    NotificationsModule,
    ReceivablesModule,
    FinancingModule,
    WebhooksModule,
  ],
})
export class WorkerModule {}

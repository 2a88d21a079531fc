import { Module } from '@nestjs/common';
import { EnterprisesModule } from '@gqt/enterprises';
import { FinancingModule } from '@gqt/financing';
import { IdentityModule } from '@gqt/identity';
import { MatchingModule } from '@gqt/matching';
import { MonitoringModule } from '@gqt/monitoring';
import { NotificationsModule } from '@gqt/notifications';
import { OnboardingModule } from '@gqt/onboarding';
import { PlatformModule } from '@gqt/platform';
import { ReceivablesModule } from '@gqt/receivables';
import { WebhooksModule } from '@gqt/webhooks';
import { RewardsModule } from '@gqt/rewards';

/** Every context whose jobs and event handlers a worker runs; no HTTP. */
@Module({
  imports: [
    PlatformModule.forRoot('worker'),
    EnterprisesModule,
    IdentityModule,
    NotificationsModule,
    ReceivablesModule,
    FinancingModule,
    MatchingModule,
    WebhooksModule,
    OnboardingModule,
    RewardsModule,
    MonitoringModule,
  ],
})
export class WorkerModule {}

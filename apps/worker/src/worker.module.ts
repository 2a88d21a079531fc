import { Module } from '@nestjs/common';
import { EnterprisesModule } from '@gqt/enterprises';
import { IdentityModule } from '@gqt/identity';
import { NotificationsModule } from '@gqt/notifications';
import { OnboardingModule } from '@gqt/onboarding';
import { PlatformModule } from '@gqt/platform';
import { ReceivablesModule } from '@gqt/receivables';
import { RewardsModule } from '@gqt/rewards';

/** Every context whose jobs and event handlers a worker runs; no HTTP. */
@Module({
  imports: [
    PlatformModule.forRoot('worker'),
    EnterprisesModule,
    IdentityModule,
    NotificationsModule,
    ReceivablesModule,
    OnboardingModule,
    RewardsModule,
  ],
})
export class WorkerModule {}

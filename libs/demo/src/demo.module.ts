import { Module } from '@nestjs/common';
import { EnterprisesModule } from '@gqt/enterprises';
import { IdentityModule } from '@gqt/identity';
import { OnboardingModule } from '@gqt/onboarding';
import { ReceivablesModule } from '@gqt/receivables';
import { RewardsModule } from '@gqt/rewards';
import { DemoOnboarding } from './demo-onboarding';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [EnterprisesModule, IdentityModule, ReceivablesModule, OnboardingModule, RewardsModule],
  providers: [DemoSeeder, DemoOnboarding],
})
export class DemoModule {}

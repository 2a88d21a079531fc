import { Module } from '@nestjs/common';
import { EnterprisesModule } from '@gqt/enterprises';
import { FinancingModule } from '@gqt/financing';
import { IdentityModule } from '@gqt/identity';
import { MatchingModule } from '@gqt/matching';
import { OnboardingModule } from '@gqt/onboarding';
import { ProcurementModule } from '@gqt/procurement';
import { ReceivablesModule } from '@gqt/receivables';
import { RewardsModule } from '@gqt/rewards';
import { DemoMatching } from './demo-matching';
import { DemoOnboarding } from './demo-onboarding';
import { DemoProcurement } from './demo-procurement';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [
    EnterprisesModule,
    IdentityModule,
    ReceivablesModule,
    OnboardingModule,
    RewardsModule,
    ProcurementModule,
    FinancingModule,
    MatchingModule,
  ],
  providers: [DemoSeeder, DemoOnboarding, DemoProcurement, DemoMatching],
})
export class DemoModule {}

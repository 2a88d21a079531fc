import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { DemoModule } from '@gqt/demo';
import { EnterprisesModule } from '@gqt/enterprises';
import { FinancingModule } from '@gqt/financing';
import { MatchingModule } from '@gqt/matching';
import { BootstrapAdmin, IdentityModule } from '@gqt/identity';
import { MonitoringModule } from '@gqt/monitoring';
import { NotificationsModule } from '@gqt/notifications';
import { OnboardingModule } from '@gqt/onboarding';
import { HttpMetricsMiddleware, PlatformModule } from '@gqt/platform';
import { ProcurementModule } from '@gqt/procurement';
import { ReceivablesModule } from '@gqt/receivables';
import { WebhooksModule } from '@gqt/webhooks';
import { RewardsModule } from '@gqt/rewards';
import { AuditController } from './audit/audit.controller';
import { AuthController } from './auth/auth.controller';
import { OAuthController } from './auth/oauth.controller';
import { ApiClientsController } from './enterprises/api-clients.controller';
import { CitiesController } from './enterprises/cities.controller';
import { EnterprisesController } from './enterprises/enterprises.controller';
import { FinancingRequestsController } from './financing/financing-requests.controller';
import { JobsController } from './jobs/jobs.controller';
import { FinancingProductsController } from './matching/financing-products.controller';
import { KeyListsController } from './matching/key-lists.controller';
import { MatchingStatisticsController } from './matching/matching-statistics.controller';
import { MonitoringController } from './monitoring/monitoring.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { HealthController } from './operations/health.controller';
import { MetricsController } from './operations/metrics.controller';
import { ParkedEventsController } from './operations/parked-events.controller';
import { PortalModule } from './portal/portal.module';
import { ComplianceController } from './procurement/compliance.controller';
import { ProcurementAwardsController } from './procurement/procurement-awards.controller';
import { ProcurementPoliciesController } from './procurement/procurement-policies.controller';
import { ProcurementProjectsController } from './procurement/procurement-projects.controller';
import { OnboardingApplicationsController } from './onboarding/onboarding-applications.controller';
import { OnboardingQuotasController } from './onboarding/onboarding-quotas.controller';
import { ReceivableImportsController } from './receivables/receivable-imports.controller';
import { ReceivablesController } from './receivables/receivables.controller';
import { ReceivableTransfersController } from './receivables/receivable-transfers.controller';
import { TransferPolicyController } from './receivables/transfer-policy.controller';
import { RewardEvaluationsController } from './rewards/reward-evaluations.controller';
import { RewardPoliciesController } from './rewards/reward-policies.controller';
import { UsersController } from './users/users.controller';
import { WebhookSubscriptionsController } from './webhooks/webhook-subscriptions.controller';

@Module({
  imports: [
    PlatformModule.forRoot('api'),
    EnterprisesModule,
    IdentityModule,
    NotificationsModule,
    ReceivablesModule,
    FinancingModule,
    MatchingModule,
    OnboardingModule,
    RewardsModule,
    MonitoringModule,
    ProcurementModule,
    DemoModule,
    WebhooksModule,
    PortalModule,
  ],
  controllers: [
    AuthController,
    OAuthController,
    CitiesController,
    EnterprisesController,
    ApiClientsController,
    UsersController,
    NotificationsController,
    ReceivableImportsController,
    ReceivablesController,
    ReceivableTransfersController,
    TransferPolicyController,
    FinancingRequestsController,
    KeyListsController,
    FinancingProductsController,
    MatchingStatisticsController,
    AuditController,
    JobsController,
    MonitoringController,
    HealthController,
    MetricsController,
    WebhookSubscriptionsController,
    OnboardingApplicationsController,
    OnboardingQuotasController,
    RewardPoliciesController,
    RewardEvaluationsController,
    ProcurementPoliciesController,
    ProcurementProjectsController,
    ProcurementAwardsController,
    ComplianceController,
    ParkedEventsController,
  ],
  providers: [BootstrapAdmin],
})
export class ApiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}

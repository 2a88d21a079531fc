import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { DemoModule } from '@gqt/demo';
import { EnterprisesModule } from '@gqt/enterprises';
import { BootstrapAdmin, IdentityModule } from '@gqt/identity';
import { NotificationsModule } from '@gqt/notifications';
import { HttpMetricsMiddleware, PlatformModule } from '@gqt/platform';
import { AuditController } from './audit/audit.controller';
import { AuthController } from './auth/auth.controller';
import { OAuthController } from './auth/oauth.controller';
import { ApiClientsController } from './enterprises/api-clients.controller';
import { CitiesController } from './enterprises/cities.controller';
import { EnterprisesController } from './enterprises/enterprises.controller';
import { JobsController } from './jobs/jobs.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { HealthController } from './operations/health.controller';
import { MetricsController } from './operations/metrics.controller';
import { PortalModule } from './portal/portal.module';
import { UsersController } from './users/users.controller';

@Module({
  imports: [
    PlatformModule.forRoot('api'),
    EnterprisesModule,
    IdentityModule,
    NotificationsModule,
    DemoModule,
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
    AuditController,
    JobsController,
    HealthController,
    MetricsController,
  ],
  providers: [BootstrapAdmin],
})
export class ApiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}

import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BusinessClock } from './clock/business-clock';
import { appConfig } from './config/app.config';
import { authConfig } from './config/auth.config';
import { databaseConfig } from './config/database.config';
import { queueConfig } from './config/queue.config';
import { DatabaseModule } from './database/database.module';
import { EventsModule } from './events/events.module';
import { HealthModule } from './health/health.module';
import { InputBoundaryModule } from './http/input-boundary';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { TrackedJobsModule } from './jobs/tracked-jobs.module';
import { LoggingModule } from './logging/logging.module';
import { Metrics } from './metrics/metrics';
import { QueueModule, type ProcessRole } from './queue/queue.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { SecretsModule } from './secrets/secrets.module';

/** Everything without business words that both process shapes stand on. */
@Module({})
export class PlatformModule {
  static forRoot(role: ProcessRole): DynamicModule {
    const http = role === 'api' ? [HealthModule, InputBoundaryModule] : [];
    return {
      module: PlatformModule,
      global: true,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, load: [appConfig, databaseConfig, queueConfig, authConfig] }),
        LoggingModule,
        DatabaseModule,
        QueueModule.forRoot(role),
        EventsModule,
        AuditModule,
        TrackedJobsModule,
        AuthModule,
        // Before idempotency: a request past the limit is refused before anything else happens.
        ...(role === 'api' ? [RateLimitModule] : []),
        IdempotencyModule,
        SecretsModule,
        ...http,
      ],
      providers: [Metrics, BusinessClock],
      exports: [Metrics, BusinessClock, ...http],
    };
  }
}

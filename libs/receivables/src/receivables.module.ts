import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnterprisesModule } from '@gqt/enterprises';
import { NotificationsModule } from '@gqt/notifications';
import { AcceptedReceivablesService } from './accepted-receivables.service';
import { ImportFilesRepository } from './import/import-files.repository';
import { ReceivableImportsService } from './import/receivable-imports.service';
import { ReceivableInvoiceEntity } from './receivable-invoice.entity';
import { ReceivableNotifications } from './receivable-notifications';
import { ReceivablePaymentEntity } from './receivable-payment.entity';
import { ReceivableStatisticsRepository } from './receivable-statistics.repository';
import { ReceivableStatisticsService } from './receivable-statistics.service';
import { ReceivableEntity } from './receivable.entity';
import { ReceivablesJobs } from './receivables.jobs';
import { ReceivablesRepository } from './receivables.repository';
import { ReceivableAuditTrail } from './receivable-audit-trail';
import { ReceivableLifecycleService } from './receivable-lifecycle.service';
import { ReceivableQueriesService } from './receivable-queries.service';
import { ReceivablesFinancingPort } from './receivables-financing.port';

@Module({
  imports: [
    TypeOrmModule.forFeature([ReceivableEntity, ReceivableInvoiceEntity, ReceivablePaymentEntity]),
    EnterprisesModule,
    NotificationsModule,
  ],
  providers: [
    ReceivablesRepository,
    ReceivableNotifications,
    ReceivableAuditTrail,
    ReceivableLifecycleService,
    ReceivableQueriesService,
    ReceivablesFinancingPort,
    ImportFilesRepository,
    ReceivableImportsService,
    ReceivablesJobs,
    ReceivableStatisticsRepository,
    ReceivableStatisticsService,
    AcceptedReceivablesService,
  ],
  exports: [
    ReceivableLifecycleService,
    ReceivableQueriesService,
    ReceivablesFinancingPort,
    ReceivableImportsService,
    ReceivableStatisticsService,
    AcceptedReceivablesService,
  ],
})
export class ReceivablesModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnterprisesModule } from '@gqt/enterprises';
import { NotificationsModule } from '@gqt/notifications';
import { ReceivablesModule } from '@gqt/receivables';
import { WebhooksModule } from '@gqt/webhooks';
import { FinancingNotifications } from './financing-notifications';
import { FinancingRequestReceivableEntity } from './financing-request-receivable.entity';
import { FinancingRequestEntity } from './financing-request.entity';
import { FinancingRequestsRepository } from './financing-requests.repository';
import { FinancingJobs } from './financing.jobs';
import { FinancingService } from './financing.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([FinancingRequestEntity, FinancingRequestReceivableEntity]),
    EnterprisesModule,
    NotificationsModule,
    ReceivablesModule,
    WebhooksModule,
  ],
  providers: [FinancingRequestsRepository, FinancingNotifications, FinancingService, FinancingJobs],
  exports: [FinancingService],
})
export class FinancingModule {}

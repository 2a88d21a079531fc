import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnterprisesModule } from '@gqt/enterprises';
import { MatchingModule } from '@gqt/matching';
import { NotificationsModule } from '@gqt/notifications';
import { ProcurementModule } from '@gqt/procurement';
import { ReceivablesModule } from '@gqt/receivables';
import { WebhooksModule } from '@gqt/webhooks';
import { AwardCollateral } from './award-collateral';
import { AwardFinancingJobs } from './award-financing.jobs';
import { AwardFinancingService } from './award-financing.service';
import { CompetingOffersService } from './competing-offers.service';
import { FinancingNotifications } from './financing-notifications';
import { FinancingOfferEntity } from './financing-offer.entity';
import { FinancingOffersRepository } from './financing-offers.repository';
import { FinancingRequestReceivableEntity } from './financing-request-receivable.entity';
import { FinancingRequestEntity } from './financing-request.entity';
import { FinancingRequestsRepository } from './financing-requests.repository';
import { FinancingJobs } from './financing.jobs';
import { FinancingService } from './financing.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([FinancingRequestEntity, FinancingRequestReceivableEntity, FinancingOfferEntity]),
    EnterprisesModule,
    MatchingModule,
    NotificationsModule,
    ReceivablesModule,
    ProcurementModule,
    WebhooksModule,
  ],
  providers: [
    FinancingRequestsRepository,
    FinancingNotifications,
    FinancingService,
    FinancingOffersRepository,
    CompetingOffersService,
    FinancingJobs,
    AwardCollateral,
    AwardFinancingService,
    AwardFinancingJobs,
  ],
  exports: [FinancingService, AwardFinancingService, CompetingOffersService],
})
export class FinancingModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnterprisesModule } from '@gqt/enterprises';
import { NotificationsModule } from '@gqt/notifications';
import { ReceivablesModule } from '@gqt/receivables';
import { AwardHoldsService } from './award-holds.service';
import { ComplianceService } from './compliance.service';
import { ProcurementAcceptanceEntity } from './procurement-acceptance.entity';
import { ProcurementAcceptancesService } from './procurement-acceptances.service';
import { ProcurementAwardEntity } from './procurement-award.entity';
import { ProcurementAwardsRepository } from './procurement-awards.repository';
import { ProcurementAwardsService } from './procurement-awards.service';
import { ProcurementNotifications } from './procurement-notifications';
import { ProcurementPoliciesRepository } from './procurement-policies.repository';
import { ProcurementPoliciesService } from './procurement-policies.service';
import { ProcurementPolicyEntity } from './procurement-policy.entity';
import { ProcurementProjectEntity } from './procurement-project.entity';
import { ProcurementProjectsRepository } from './procurement-projects.repository';
import { ProcurementProjectsService } from './procurement-projects.service';
import { ProcurementScopes } from './procurement-scope';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      ProcurementPolicyEntity,
      ProcurementProjectEntity,
      ProcurementAwardEntity,
      ProcurementAcceptanceEntity,
    ]),
    EnterprisesModule,
    NotificationsModule,
    ReceivablesModule,
  ],
  providers: [
    ProcurementScopes,
    ProcurementNotifications,
    ProcurementPoliciesRepository,
    ProcurementProjectsRepository,
    ProcurementAwardsRepository,
    ProcurementPoliciesService,
    ProcurementProjectsService,
    ProcurementAwardsService,
    ProcurementAcceptancesService,
    ComplianceService,
    AwardHoldsService,
  ],
  exports: [
    ProcurementPoliciesService,
    ProcurementProjectsService,
    ProcurementAwardsService,
    ProcurementAcceptancesService,
    ComplianceService,
    AwardHoldsService,
  ],
})
export class ProcurementModule {}

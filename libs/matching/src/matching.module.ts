import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnterprisesModule } from '@gqt/enterprises';
import { ReceivablesModule } from '@gqt/receivables';
import { FinancingProductEntity } from './financing-product.entity';
import { FinancingProductsRepository } from './financing-products.repository';
import { FinancingProductsService } from './financing-products.service';
import { KeyEnterpriseEntryEntity } from './key-enterprise-entry.entity';
import { KeyListsRepository } from './key-lists.repository';
import { KeyListsService } from './key-lists.service';
import { MatchingJobs } from './matching.jobs';
import { MatchingStatisticsService } from './matching-statistics.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([KeyEnterpriseEntryEntity, FinancingProductEntity]),
    EnterprisesModule,
    ReceivablesModule,
  ],
  providers: [
    KeyListsRepository,
    KeyListsService,
    FinancingProductsRepository,
    FinancingProductsService,
    MatchingStatisticsService,
    MatchingJobs,
  ],
  exports: [KeyListsService, FinancingProductsService, MatchingStatisticsService],
})
export class MatchingModule {}

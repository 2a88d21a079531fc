import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CityEntity } from './city.entity';
import { EnterpriseEntity } from './enterprise.entity';
import { EnterprisesRepository } from './enterprises.repository';
import { EnterprisesService } from './enterprises.service';

@Module({
  imports: [TypeOrmModule.forFeature([EnterpriseEntity, CityEntity])],
  providers: [EnterprisesRepository, EnterprisesService],
  exports: [EnterprisesService],
})
export class EnterprisesModule {}

import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TrackedJobEntity } from './tracked-job.entity';
import { TrackedJobs } from './tracked-jobs';
import { TrackedJobsRepository } from './tracked-jobs.repository';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([TrackedJobEntity])],
  providers: [TrackedJobsRepository, TrackedJobs],
  exports: [TrackedJobs],
})
export class TrackedJobsModule {}

import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal, TrackedJobs, UuidParam, type Principal } from '@gqt/platform';
import { JobResponse } from './job.response';

@ApiTags('Jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: TrackedJobs) {}

  /** Progress and result of a background job the caller's enterprise started (e.g. an import). */
  @Auth()
  @Get(':id')
  async get(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<JobResponse> {
    return JobResponse.of(await this.jobs.get(id, principal));
  }
}

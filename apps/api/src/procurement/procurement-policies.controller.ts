import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Auth, CurrentPrincipal, type Principal } from '@gqt/platform';
import { ProcurementPoliciesService } from '@gqt/procurement';
import { YearParam } from '../rewards/year.param';
import { ProcurementPolicyResponse } from './procurement-policy.response';
import { ReplaceProcurementPolicyDto } from './replace-procurement-policy.dto';

@ApiTags('Government procurement')
@Controller('procurement-policies')
export class ProcurementPoliciesController {
  constructor(private readonly policies: ProcurementPoliciesService) {}

  /**
   * The year's procurement policy: the least shares reserved for SMEs and for small and micro
   * enterprises, the small-project thresholds and the payment days; the defaults (30 %, 60 %,
   * ¥2 M / ¥4 M, 30 days) until the region sets its own. Any logged-in caller.
   */
  @Auth()
  @Get(':year')
  async get(@YearParam() year: number): Promise<ProcurementPolicyResponse> {
    return ProcurementPolicyResponse.of(await this.policies.current(year));
  }

  /**
   * Sets the year's policy (region regulators). Once a compliance figure of the year was exported
   * the terms are locked.
   */
  @ApiProblems({ 409: ['POLICY_LOCKED'] })
  @ApiConflictResponse({ description: 'A compliance figure of the year was exported (code POLICY_LOCKED)' })
  @Auth('procurement:policy')
  @Put(':year')
  async replace(
    @CurrentPrincipal() principal: Principal,
    @YearParam() year: number,
    @Body() body: ReplaceProcurementPolicyDto,
  ): Promise<ProcurementPolicyResponse> {
    return ProcurementPolicyResponse.of(await this.policies.replace(principal, year, body));
  }
}

import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal, ApiProblems, type Principal } from '@gqt/platform';
import { RewardPoliciesService } from '@gqt/rewards';
import { ReplaceRewardPolicyDto } from './replace-reward-policy.dto';
import { RewardPolicyResponse } from './reward-policy.response';
import { YearParam } from './year.param';

@ApiTags('Rewards')
@Controller('reward-policies')
export class RewardPoliciesController {
  constructor(private readonly policies: RewardPoliciesService) {}

  /** The year's reward policy in force: its newest version, or the default terms until the region sets them. */
  @Auth('rewards:read')
  @Get(':year')
  async get(@YearParam() year: number): Promise<RewardPolicyResponse> {
    return RewardPolicyResponse.of(await this.policies.current(year));
  }

  /**
   * Sets the year's criteria, thresholds and reward amount rule. A version an evaluation has used is
   * never changed: the next version is written instead.
   */
  @ApiProblems({ 409: ['POLICY_CHANGED'] })
  @Auth('rewards:manage')
  @Put(':year')
  async replace(
    @CurrentPrincipal() principal: Principal,
    @YearParam() year: number,
    @Body() body: ReplaceRewardPolicyDto,
  ): Promise<RewardPolicyResponse> {
    return RewardPolicyResponse.of(await this.policies.replace(principal, year, body));
  }
}

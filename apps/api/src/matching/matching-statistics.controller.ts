import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { shanghaiDate, yearOf } from '@gqt/kernel';
import { MatchingStatisticsService } from '@gqt/matching';
import { Auth, CurrentPrincipal, type Principal } from '@gqt/platform';
import { YearParam } from '../rewards/year.param';
import {
  MatchingStatisticsQuery,
  MatchingStatisticsResponse,
  MatchingTargetResponse,
  ReplaceMatchingTargetDto,
} from './matching-statistics.dto';

@ApiTags('Matching')
@Controller()
export class MatchingStatisticsController {
  constructor(private readonly statistics: MatchingStatisticsService) {}

  /**
   * Online matching of banks and enterprises in a year against its target: enterprises served,
   * requests before several banks, offers, acceptances, accepted amount and the median best
   * offer rate, in total, by the SMEs' city and by bank.
   */
  @Auth('matching:read')
  @Get('matching/statistics')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Query() query: MatchingStatisticsQuery,
  ): Promise<MatchingStatisticsResponse> {
    const year = query.year ?? yearOf(shanghaiDate());
    return MatchingStatisticsResponse.of(await this.statistics.statistics(principal, year, query.cityCode));
  }

  /** The year's matching target (3000 enterprises unless the region set another). */
  @Auth('matching:read')
  @Get('matching-targets/:year')
  async target(@YearParam() year: number): Promise<MatchingTargetResponse> {
    return MatchingTargetResponse.of(await this.statistics.target(year));
  }

  /** The region's regulators set the year's matching target; audited. */
  @Auth('matching:target')
  @Put('matching-targets/:year')
  async setTarget(
    @CurrentPrincipal() principal: Principal,
    @YearParam() year: number,
    @Body() body: ReplaceMatchingTargetDto,
  ): Promise<MatchingTargetResponse> {
    return MatchingTargetResponse.of(await this.statistics.setTarget(principal, year, body.enterprises));
  }
}

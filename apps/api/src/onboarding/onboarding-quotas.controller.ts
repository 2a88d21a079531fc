import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { yearOf, shanghaiDate } from '@gqt/kernel';
import { OnboardingService } from '@gqt/onboarding';
import { ArrayResponse, Auth, CurrentPrincipal, type Principal } from '@gqt/platform';
import { OnboardingQuotaQueryDto } from './onboarding-quota-query.dto';
import { OnboardingQuotaResponse } from './onboarding-quota.response';

@ApiTags('Onboarding')
@Controller('onboarding-quotas')
export class OnboardingQuotasController {
  constructor(private readonly onboarding: OnboardingService) {}

  /**
   * Every Guangxi city's quota of core enterprises for the year, with the places used and remaining;
   * a city's regulator gets its own city's only.
   */
  @Auth('onboarding:read')
  @ArrayResponse(OnboardingQuotaResponse, 20)
  @Get()
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: OnboardingQuotaQueryDto,
  ): Promise<OnboardingQuotaResponse[]> {
    return this.onboarding.quotas(principal, query.year ?? yearOf(shanghaiDate()));
  }
}

import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { OnboardingService } from '@gqt/onboarding';
import { Auth, CurrentPrincipal, UuidParam, mapPage, ApiProblems, type Principal } from '@gqt/platform';
import { ConnectOnboardingApplicationDto } from './connect-onboarding-application.dto';
import { CreateOnboardingApplicationDto } from './create-onboarding-application.dto';
import { OnboardingApplicationQueryDto } from './onboarding-application-query.dto';
import { OnboardingApplicationPage, OnboardingApplicationResponse } from './onboarding-application.response';
import { RejectOnboardingApplicationDto } from './reject-onboarding-application.dto';

@ApiTags('Onboarding')
@Controller('onboarding-applications')
export class OnboardingApplicationsController {
  constructor(private readonly onboarding: OnboardingService) {}

  /**
   * A core enterprise applies to be connected to the receivables financing service platform in a year.
   */
  @ApiProblems({
    409: ['APPLICATION_EXISTS', 'ALREADY_CONNECTED'],
    422: ['APPLICATION_YEAR_NOT_OPEN', 'NOT_A_CORE_ENTERPRISE'],
  })
  @Auth('onboarding:apply')
  @Post()
  async apply(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateOnboardingApplicationDto,
  ): Promise<OnboardingApplicationResponse> {
    return OnboardingApplicationResponse.of(await this.onboarding.apply(principal, body));
  }

  /** Applications the caller may see: a core enterprise its own, a city regulator its city's, the region and operators all. */
  @Auth('onboarding:read')
  @Get()
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: OnboardingApplicationQueryDto,
  ): Promise<OnboardingApplicationPage> {
    return mapPage(await this.onboarding.list(principal, query, query), OnboardingApplicationResponse.of);
  }

  /** One application, if the caller may see it (404 otherwise). */
  @Auth('onboarding:read')
  @Get(':id')
  async get(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<OnboardingApplicationResponse> {
    return OnboardingApplicationResponse.of(await this.onboarding.get(principal, id));
  }

  /**
   * The regulator of the applicant's city, or the region, nominates it. A city has at most 2 enterprises
   * nominated, approved or connected a year.
   */
  @ApiProblems({ 409: ['CITY_QUOTA_EXCEEDED', 'INVALID_STATE', 'ALREADY_CONNECTED'] })
  @Auth('onboarding:nominate')
  @Post(':id/nominate')
  @HttpCode(200)
  async nominate(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
  ): Promise<OnboardingApplicationResponse> {
    return OnboardingApplicationResponse.of(await this.onboarding.nominate(principal, id));
  }

  /** The region approves a nominated application. */
  @ApiProblems({ 409: ['INVALID_STATE'] })
  @Auth('onboarding:approve')
  @Post(':id/approve')
  @HttpCode(200)
  async approve(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
  ): Promise<OnboardingApplicationResponse> {
    return OnboardingApplicationResponse.of(await this.onboarding.approve(principal, id));
  }

  /** The region rejects an application that is not yet connected; a place it held is free again. */
  @ApiProblems({ 409: ['INVALID_STATE'] })
  @Auth('onboarding:approve')
  @Post(':id/reject')
  @HttpCode(200)
  async reject(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @Body() body: RejectOnboardingApplicationDto,
  ): Promise<OnboardingApplicationResponse> {
    return OnboardingApplicationResponse.of(await this.onboarding.reject(principal, id, body.reason));
  }

  /** The applicant withdraws its application before connection; a place it held is free again. */
  @ApiProblems({ 409: ['INVALID_STATE'] })
  @Auth('onboarding:apply')
  @Post(':id/withdraw')
  @HttpCode(200)
  async withdraw(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
  ): Promise<OnboardingApplicationResponse> {
    return OnboardingApplicationResponse.of(await this.onboarding.withdraw(principal, id));
  }

  /**
   * Records the approved enterprise's connection to the national platform.
   */
  @ApiProblems({
    409: ['INVALID_STATE', 'PLATFORM_ACCOUNT_TAKEN', 'ALREADY_CONNECTED'],
    422: ['CONNECTION_DATE_IN_FUTURE'],
  })
  @Auth('onboarding:connect')
  @Post(':id/connect')
  @HttpCode(200)
  async connect(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @Body() body: ConnectOnboardingApplicationDto,
  ): Promise<OnboardingApplicationResponse> {
    return OnboardingApplicationResponse.of(await this.onboarding.connect(principal, id, body));
  }
}

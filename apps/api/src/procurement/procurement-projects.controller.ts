import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ApiProblems, Auth, CurrentPrincipal, UuidParam, mapPage, type Principal } from '@gqt/platform';
import { ProcurementAwardsService, ProcurementProjectsService } from '@gqt/procurement';
import { AwardContractDto } from './award-contract.dto';
import { DeclareProjectDto } from './declare-project.dto';
import { ProcurementAwardResponse } from './procurement-award.response';
import { ProcurementProjectQuery } from './procurement-project.query';
import {
  ProcurementProjectDetailResponse,
  ProcurementProjectPage,
  ProcurementProjectResponse,
} from './procurement-project.response';

const NOT_VISIBLE = 'No such project, or not one the caller may see (problem+json, code NOT_FOUND)';

@ApiTags('Government procurement')
@Controller('procurement-projects')
export class ProcurementProjectsController {
  constructor(
    private readonly projects: ProcurementProjectsService,
    private readonly awards: ProcurementAwardsService,
  ) {}

  /**
   * A purchaser declares a project of the year with what it reserves for SMEs, for its own unit or
   * (`unitId`) a unit below it. A small project not reserved WHOLE is accepted and flagged
   * SMALL_PROJECT_NOT_RESERVED.
   */
  @ApiProblems({ 422: ['RESERVATION_EXCEEDS_BUDGET'] })
  @ApiNotFoundResponse({ description: "A unit outside the caller's tree (problem+json, code NOT_FOUND)" })
  @ApiUnprocessableEntityResponse({ description: 'RESERVATION_EXCEEDS_BUDGET, IDEMPOTENCY_KEY_REUSED' })
  @Auth('procurement:purchase')
  @Post()
  async declare(
    @CurrentPrincipal() principal: Principal,
    @Body() body: DeclareProjectDto,
  ): Promise<ProcurementProjectDetailResponse> {
    return ProcurementProjectDetailResponse.of(await this.projects.declare(principal, body));
  }

  /**
   * Projects the caller may see, newest first, with their flags: a purchaser its unit's tree, a
   * regulator its jurisdiction, the operator all.
   */
  @Auth('procurement:read')
  @Get()
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ProcurementProjectQuery,
  ): Promise<ProcurementProjectPage> {
    return mapPage(await this.projects.list(principal, query, query), ProcurementProjectResponse.of);
  }

  /** A project with its awards. */
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @Auth('procurement:read')
  @Get(':id')
  async get(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
  ): Promise<ProcurementProjectDetailResponse> {
    return ProcurementProjectDetailResponse.of(await this.projects.get(principal, id));
  }

  /**
   * The purchaser records a contract awarded under the project; the supplier's size class is read
   * from the registry and frozen on the award, and the supplier is told.
   */
  @ApiProblems({
    400: ['VALIDATION_FAILED', 'USCC_INVALID'],
    409: ['CONTRACT_ALREADY_AWARDED'],
    422: [
      'SUPPLIER_NOT_REGISTERED',
      'SELF_DEALING',
      'AWARDS_EXCEED_BUDGET',
      'SHARE_NOT_APPLICABLE',
      'SHARE_EXCEEDS_AWARD',
    ],
  })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({
    description: 'The unit already recorded this contract number (code CONTRACT_ALREADY_AWARDED)',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'SUPPLIER_NOT_REGISTERED, SELF_DEALING, AWARDS_EXCEED_BUDGET, SHARE_NOT_APPLICABLE, SHARE_EXCEEDS_AWARD, ' +
      'IDEMPOTENCY_KEY_REUSED',
  })
  @Auth('procurement:purchase')
  @Post(':id/awards')
  async award(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @Body() body: AwardContractDto,
  ): Promise<ProcurementAwardResponse> {
    return ProcurementAwardResponse.of(await this.awards.award(principal, id, body));
  }
}

import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EnterprisesService } from '@gqt/enterprises';
import { Auth, CurrentPrincipal, UuidParam, actorOf, mapPage, ApiProblems, type Principal } from '@gqt/platform';
import { CreateEnterpriseDto } from './create-enterprise.dto';
import { EnterprisePage, EnterpriseResponse } from './enterprise.response';
import { EnterpriseQuery } from './enterprise.query';
import { UpdateEnterpriseDto } from './update-enterprise.dto';

@ApiTags('Enterprises')
@Controller('enterprises')
export class EnterprisesController {
  constructor(private readonly enterprises: EnterprisesService) {}

  /**
   * Registers an enterprise; its size class is computed by the national SME standard. A purchaser
   * (kind BUYER owned as STATE_ORGAN or PUBLIC_INSTITUTION) may name its competent unit, `parentId`.
   */
  @ApiProblems({ 400: ['USCC_INVALID', 'VALIDATION_FAILED'], 409: ['ENTERPRISE_EXISTS'], 422: ['NOT_AN_SME'] })
  @ApiProblems({ 400: ['USCC_INVALID'], 409: ['ENTERPRISE_EXISTS'], 422: ['NOT_AN_SME'] })
  @Auth('enterprises:manage')
  @Post()
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateEnterpriseDto,
  ): Promise<EnterpriseResponse> {
    return EnterpriseResponse.of(await this.enterprises.register(body, actorOf(principal)));
  }

  /** Operators and regulators see every enterprise; enterprises see themselves and the directory of banks, core enterprises and buyers. */
  @Auth('enterprises:read')
  @Get()
  async list(@CurrentPrincipal() principal: Principal, @Query() query: EnterpriseQuery): Promise<EnterprisePage> {
    return mapPage(await this.enterprises.list(principal, query, query), EnterpriseResponse.of);
  }

  /** One enterprise, if the caller may see it (404 otherwise). */
  @Auth('enterprises:read')
  @Get(':id')
  async get(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<EnterpriseResponse> {
    return EnterpriseResponse.of(await this.enterprises.get(principal, id));
  }

  /**
   * Updates an enterprise, e.g. a bank's financing ratio (0.50-0.90) or a purchaser's competent unit.
   */
  @ApiProblems({ 422: ['NOT_A_BANK', 'FINANCING_RATIO_OUT_OF_RANGE', 'NOT_AN_SME', 'PARENT_CYCLE'] })
  @Auth('enterprises:update')
  @Patch(':id')
  async update(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @Body() body: UpdateEnterpriseDto,
  ): Promise<EnterpriseResponse> {
    return EnterpriseResponse.of(await this.enterprises.update(principal, id, body));
  }
}

import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { shanghaiDate } from '@gqt/kernel';
import { ApiProblems, Auth, CurrentPrincipal, UuidParam, mapPage, type Principal } from '@gqt/platform';
import { ProcurementAcceptancesService, ProcurementAwardsService } from '@gqt/procurement';
import { ReceivableResponse } from '../receivables/receivable.response';
import { AcceptDeliveryDto } from './accept-delivery.dto';
import { ProcurementAwardQuery } from './procurement-award.query';
import { ProcurementAwardPage, ProcurementAwardResponse } from './procurement-award.response';

const NOT_VISIBLE = 'No such award, or not one the caller may see (problem+json, code NOT_FOUND)';

@ApiTags('Government procurement')
@Controller('procurement-awards')
export class ProcurementAwardsController {
  constructor(
    private readonly awards: ProcurementAwardsService,
    private readonly acceptances: ProcurementAcceptancesService,
  ) {}

  /**
   * Awards the caller may see, newest first: a purchaser its unit's tree, a supplier the contracts
   * it won, a bank those held by a financing request made to it, a regulator its jurisdiction.
   */
  @Auth('procurement:read')
  @Get()
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ProcurementAwardQuery,
  ): Promise<ProcurementAwardPage> {
    return mapPage(await this.awards.list(principal, query, query), ProcurementAwardResponse.of);
  }

  /**
   * An award with its acceptances and, once a contract financing loan is disbursed, the account
   * the purchaser pays into.
   */
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @Auth('procurement:read')
  @Get(':id')
  async get(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<ProcurementAwardResponse> {
    return ProcurementAwardResponse.of(await this.awards.get(principal, id));
  }

  /**
   * The purchaser accepts a delivery: the answer is the receivable it became, of the supplier on
   * the award's unit, already CONFIRMED and due the year's paymentDays after acceptedOn.
   */
  @ApiProblems({ 409: ['INVOICE_ALREADY_REGISTERED'], 422: ['AMOUNT_EXCEEDS_AWARD', 'AMOUNT_MISMATCH'] })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: 'An invoice is on another live receivable (code INVOICE_ALREADY_REGISTERED)' })
  @ApiUnprocessableEntityResponse({ description: 'AMOUNT_EXCEEDS_AWARD, AMOUNT_MISMATCH, IDEMPOTENCY_KEY_REUSED' })
  @Auth('procurement:purchase')
  @Post(':id/acceptances')
  async accept(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @Body() body: AcceptDeliveryDto,
  ): Promise<ReceivableResponse> {
    return ReceivableResponse.of(await this.acceptances.accept(principal, id, body), shanghaiDate());
  }
}

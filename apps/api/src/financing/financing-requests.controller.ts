import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AwardFinancingService, FinancingService } from '@gqt/financing';
import { ApiProblems, Auth, CurrentPrincipal, UuidParam, type Principal } from '@gqt/platform';
import { CreateFinancingRequestDto } from './create-financing-request.dto';
import {
  ApproveFinancingRequestDto,
  DisburseFinancingRequestDto,
  RejectFinancingRequestDto,
  RepayFinancingRequestDto,
} from './financing-decisions.dto';
import { FinancingRequestQuery } from './financing-request.query';
import { FinancingRequestPage, FinancingRequestResponse } from './financing-request.response';

const BANK_API = 'Bank OpenAPI';

@ApiTags('Pledge financing')
@Controller('financing-requests')
export class FinancingRequestsController {
  constructor(
    private readonly financing: FinancingService,
    private readonly awardFinancing: AwardFinancingService,
  ) {}

  /**
   * The SME pledges confirmed receivables of its own to a bank for a loan; they are locked while
   * the request is live. Or, with `awardId` instead of `receivableIds`, contract financing (政采贷):
   * a government procurement award it won, before or after acceptance, with every receivable of
   * the award.
   */
  @ApiProblems({
    404: ['NOT_FOUND'],
    409: ['RECEIVABLE_ALREADY_PLEDGED', 'AWARD_ALREADY_PLEDGED'],
    422: [
      'RECEIVABLE_NOT_FINANCEABLE',
      'AWARD_NOT_FINANCEABLE',
      'AMOUNT_EXCEEDS_LIMIT',
      'TERM_EXCEEDS_TENOR',
      'BANK_NOT_FOUND',
      'NOT_A_BANK',
      'AMOUNT_NOT_POSITIVE',
    ],
  })
  @Auth('financing:request')
  @Post()
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() { awardId, receivableIds, ...terms }: CreateFinancingRequestDto,
  ): Promise<FinancingRequestResponse> {
    const view = awardId
      ? await this.awardFinancing.submit(principal, { awardId, ...terms })
      : await this.financing.submit(principal, { receivableIds: receivableIds!, ...terms });
    return FinancingRequestResponse.of(view);
  }

  /**
   * Requests the caller may see, newest first: the SME its own, a bank those made to it, a
   * regulator its jurisdiction, the operator all. A bank polls `?status=SUBMITTED` for new work.
   */
  @ApiTags(BANK_API)
  @Auth('financing:read')
  @Get()
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: FinancingRequestQuery,
  ): Promise<FinancingRequestPage> {
    const page = await this.financing.list(principal, query, query);
    return {
      items: page.items.map(FinancingRequestResponse.of),
      nextCursor: page.nextCursor,
      ...(page.total === undefined ? {} : { total: page.total }),
    };
  }

  /** One financing request, if the caller may see it (404 otherwise). */
  @ApiTags(BANK_API)
  @Auth('financing:read')
  @Get(':id')
  async get(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<FinancingRequestResponse> {
    return FinancingRequestResponse.of(await this.financing.get(principal, id));
  }

  /** The SME withdraws its request before disbursement; the receivables are released. */
  @ApiProblems({ 409: ['INVALID_STATE'] })
  @Auth('financing:request')
  @Post(':id/withdraw')
  @HttpCode(200)
  async withdraw(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<FinancingRequestResponse> {
    return FinancingRequestResponse.of(await this.financing.withdraw(principal, id));
  }

  /**
   * The bank approves a SUBMITTED request.
   */
  @ApiProblems({
    409: ['INVALID_STATE'],
    422: ['AMOUNT_EXCEEDS_REQUESTED', 'AMOUNT_NOT_POSITIVE', 'RATE_OUT_OF_RANGE', 'TERM_EXCEEDS_TENOR'],
  })
  @ApiTags(BANK_API)
  @Auth('financing:decide')
  @Post(':id/approve')
  @HttpCode(200)
  async approve(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @Body() body: ApproveFinancingRequestDto,
  ): Promise<FinancingRequestResponse> {
    return FinancingRequestResponse.of(await this.financing.approve(principal, id, body));
  }

  /** The bank declines a SUBMITTED request; the receivables are released. */
  @ApiProblems({ 409: ['INVALID_STATE'] })
  @ApiTags(BANK_API)
  @Auth('financing:decide')
  @Post(':id/reject')
  @HttpCode(200)
  async reject(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @Body() body: RejectFinancingRequestDto,
  ): Promise<FinancingRequestResponse> {
    return FinancingRequestResponse.of(await this.financing.reject(principal, id, body.reason));
  }

  /**
   * The bank pays out an APPROVED request after registering the pledge; the debtor is shown the
   * pledge and told to pay the bank. Contract financing (政采贷) also takes `repaymentAccount`, which
   * the award and its receivables show the purchaser from then on.
   */
  @ApiProblems({ 409: ['INVALID_STATE'], 422: ['DATE_IN_FUTURE', 'DATE_TOO_EARLY', 'AMOUNT_EXCEEDS_LIMIT'] })
  @ApiTags(BANK_API)
  @Auth('financing:decide')
  @Post(':id/disburse')
  @HttpCode(200)
  async disburse(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @Body() body: DisburseFinancingRequestDto,
  ): Promise<FinancingRequestResponse> {
    return FinancingRequestResponse.of(await this.financing.disburse(principal, id, body));
  }

  /**
   * The bank records that a DISBURSED loan is repaid; the pledge ends and the receivables are
   * released.
   */
  @ApiProblems({ 409: ['INVALID_STATE'], 422: ['DATE_IN_FUTURE', 'DATE_TOO_EARLY'] })
  @ApiTags(BANK_API)
  @Auth('financing:decide')
  @Post(':id/repay')
  @HttpCode(200)
  async repay(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @Body() body: RepayFinancingRequestDto,
  ): Promise<FinancingRequestResponse> {
    return FinancingRequestResponse.of(await this.financing.repay(principal, id, body.repaidOn));
  }
}

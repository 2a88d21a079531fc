import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AwardFinancingService, FinancingService } from '@gqt/financing';
import { Auth, CurrentPrincipal, UuidParam, type Principal } from '@gqt/platform';
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
const NOT_VISIBLE = 'No such request, or not one the caller may see (problem+json, code NOT_FOUND)';
const INVALID_STATE = "The request's status does not allow this (problem+json, code INVALID_STATE)";

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
   * the award. Errors: 400 VALIDATION_FAILED (both or neither of receivableIds and awardId); 404
   * for a receivable or award that is not the caller's; 409 RECEIVABLE_ALREADY_PLEDGED (also a
   * receivable of an award held by a live request), AWARD_ALREADY_PLEDGED (the award, or one of its
   * receivables, is in a live request); 422 RECEIVABLE_NOT_FINANCEABLE (not CONFIRMED, overdue, or
   * nothing outstanding), AWARD_NOT_FINANCEABLE (nothing unpaid), AMOUNT_EXCEEDS_LIMIT (above the
   * bank's ratio of the outstanding total, or of the award's amount not yet paid),
   * TERM_EXCEEDS_TENOR, BANK_NOT_FOUND, NOT_A_BANK, AMOUNT_NOT_POSITIVE.
   */
  @ApiNotFoundResponse({
    description: "A receivable or award that is not the SME's own (problem+json, code NOT_FOUND)",
  })
  @ApiConflictResponse({
    description:
      'A receivable or the award is in another live request (RECEIVABLE_ALREADY_PLEDGED, AWARD_ALREADY_PLEDGED)',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'RECEIVABLE_NOT_FINANCEABLE, AWARD_NOT_FINANCEABLE, AMOUNT_EXCEEDS_LIMIT, TERM_EXCEEDS_TENOR, BANK_NOT_FOUND, ' +
      'NOT_A_BANK, AMOUNT_NOT_POSITIVE, IDEMPOTENCY_KEY_REUSED',
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
    return { items: page.items.map(FinancingRequestResponse.of), nextCursor: page.nextCursor };
  }

  @ApiTags(BANK_API)
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @Auth('financing:read')
  @Get(':id')
  async get(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<FinancingRequestResponse> {
    return FinancingRequestResponse.of(await this.financing.get(principal, id));
  }

  /** The SME withdraws its request before disbursement; the receivables are released. Errors: 409 INVALID_STATE. */
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: INVALID_STATE })
  @Auth('financing:request')
  @Post(':id/withdraw')
  @HttpCode(200)
  async withdraw(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<FinancingRequestResponse> {
    return FinancingRequestResponse.of(await this.financing.withdraw(principal, id));
  }

  /**
   * The bank approves a SUBMITTED request. Errors: 409 INVALID_STATE; 422 AMOUNT_EXCEEDS_REQUESTED,
   * AMOUNT_NOT_POSITIVE, RATE_OUT_OF_RANGE, TERM_EXCEEDS_TENOR.
   */
  @ApiTags(BANK_API)
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: INVALID_STATE })
  @ApiUnprocessableEntityResponse({
    description:
      'AMOUNT_EXCEEDS_REQUESTED, AMOUNT_NOT_POSITIVE, RATE_OUT_OF_RANGE, TERM_EXCEEDS_TENOR, IDEMPOTENCY_KEY_REUSED',
  })
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

  /** The bank declines a SUBMITTED request; the receivables are released. Errors: 409 INVALID_STATE. */
  @ApiTags(BANK_API)
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: INVALID_STATE })
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
   * the award and its receivables show the purchaser from then on. Errors: 400 VALIDATION_FAILED
   * (contract financing without repaymentAccount); 409 INVALID_STATE; 422 DATE_IN_FUTURE,
   * DATE_TOO_EARLY, AMOUNT_EXCEEDS_LIMIT.
   */
  @ApiTags(BANK_API)
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: INVALID_STATE })
  @ApiUnprocessableEntityResponse({ description: 'DATE_IN_FUTURE, DATE_TOO_EARLY, IDEMPOTENCY_KEY_REUSED' })
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
   * released. Errors: 409 INVALID_STATE; 422 DATE_IN_FUTURE, DATE_TOO_EARLY.
   */
  @ApiTags(BANK_API)
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: INVALID_STATE })
  @ApiUnprocessableEntityResponse({ description: 'DATE_IN_FUTURE, DATE_TOO_EARLY, IDEMPOTENCY_KEY_REUSED' })
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

import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AwardFinancingService, CompetingOffersService, FinancingService } from '@gqt/financing';
import { invalid } from '@gqt/kernel';
import { ApiProblems, Auth, CurrentPrincipal, UuidParam, type Principal } from '@gqt/platform';
import { CreateFinancingRequestDto } from './create-financing-request.dto';
import {
  ApproveFinancingRequestDto,
  DisburseFinancingRequestDto,
  RejectFinancingRequestDto,
  RepayFinancingRequestDto,
} from './financing-decisions.dto';
import { FinancingOfferList, FinancingOfferResponse, MakeOfferDto } from './financing-offer.dto';
import { FinancingRequestQuery } from './financing-request.query';
import { FinancingRequestPage, FinancingRequestResponse } from './financing-request.response';

const BANK_API = 'Bank OpenAPI';

const onlyOne = (field: string, message: string) => invalid('VALIDATION_FAILED', message, [{ field, message }]);

@ApiTags('Pledge financing')
@Controller('financing-requests')
export class FinancingRequestsController {
  constructor(
    private readonly financing: FinancingService,
    private readonly awardFinancing: AwardFinancingService,
    private readonly offers: CompetingOffersService,
  ) {}

  /**
   * The SME pledges confirmed receivables of its own to a bank for a loan; they are locked while
   * the request is live. Or, with `awardId` instead of `receivableIds`, contract financing (政采贷):
   * a government procurement award it won, before or after acceptance, with every receivable of
   * the award. Or, with `bankIds` instead of `bankId`, competing offers: the request goes to 2-5
   * banks at once, OPEN until the SME accepts one's offer or it expires (`expiresAt`, default 7
   * days), limited by the lowest financing ratio among them; its receivables are locked all along.
   */
  @ApiProblems({
    404: ['NOT_FOUND'],
    409: ['RECEIVABLE_ALREADY_PLEDGED', 'AWARD_ALREADY_PLEDGED'],
    422: [
      'EXPIRY_OUT_OF_RANGE',
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
    @Body() { awardId, receivableIds, bankId, bankIds, expiresAt, ...terms }: CreateFinancingRequestDto,
  ): Promise<FinancingRequestResponse> {
    if (bankIds !== undefined) {
      if (awardId !== undefined) throw onlyOne('bankIds', 'competing offers are for receivables, not an award');
      const view = await this.financing.submitToBanks(principal, {
        receivableIds: receivableIds!,
        bankIds,
        ...terms,
        expiresAt: expiresAt === undefined ? undefined : new Date(expiresAt),
      });
      return FinancingRequestResponse.of(view);
    }
    if (expiresAt !== undefined) throw onlyOne('expiresAt', 'expiresAt is for a request to several banks (bankIds)');
    const view = awardId
      ? await this.awardFinancing.submit(principal, { awardId, bankId: bankId!, ...terms })
      : await this.financing.submit(principal, { receivableIds: receivableIds!, bankId: bankId!, ...terms });
    return FinancingRequestResponse.of(view);
  }

  /**
   * A bank named in an OPEN request offers amount, rate, term and validity (optionally under one of
   * its products); its new offer replaces its previous one. No other bank ever sees it.
   */
  @ApiProblems({
    409: ['INVALID_STATE'],
    422: ['AMOUNT_EXCEEDS_LIMIT', 'AMOUNT_NOT_POSITIVE', 'RATE_OUT_OF_RANGE', 'VALIDITY_IN_PAST', 'PRODUCT_NOT_FOUND'],
  })
  @ApiTags(BANK_API)
  @Auth('financing:decide')
  @Post(':id/offers')
  async offer(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @Body() body: MakeOfferDto,
  ): Promise<FinancingOfferResponse> {
    const view = await this.offers.offer(principal, id, { ...body, validUntil: new Date(body.validUntil) });
    return FinancingOfferResponse.of(view);
  }

  /**
   * The bank takes back its ACTIVE offer of an OPEN request (it may offer again). Racing the SME's
   * acceptance of that offer, exactly one wins; the other is 409 INVALID_STATE.
   */
  @ApiProblems({ 409: ['INVALID_STATE'] })
  @ApiTags(BANK_API)
  @Auth('financing:decide')
  @Post(':id/offers/:offerId/withdraw')
  @HttpCode(200)
  async withdrawOffer(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @UuidParam('offerId') offerId: string,
  ): Promise<FinancingOfferResponse> {
    return FinancingOfferResponse.of(await this.offers.withdrawOffer(principal, id, offerId));
  }

  /**
   * The request's current offers, best first: all of them to the SME (and regulators, the
   * operator), its own only to a bank.
   */
  @ApiTags(BANK_API)
  @Auth('financing:read')
  @Get(':id/offers')
  async offersOf(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<FinancingOfferList> {
    return { items: (await this.offers.list(principal, id)).map(FinancingOfferResponse.of) };
  }

  /**
   * The SME accepts one offer of its OPEN request: the request becomes APPROVED with that bank on
   * the offer's terms, the other offers DECLINED. Of two acceptances (or an acceptance and a
   * withdrawal) racing, exactly one wins; the other is 409 INVALID_STATE.
   */
  @ApiProblems({ 409: ['INVALID_STATE'], 422: ['OFFER_EXPIRED', 'AMOUNT_EXCEEDS_LIMIT'] })
  @Auth('financing:request')
  @Post(':id/offers/:offerId/accept')
  @HttpCode(200)
  async accept(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @UuidParam('offerId') offerId: string,
  ): Promise<FinancingRequestResponse> {
    return FinancingRequestResponse.of(await this.offers.accept(principal, id, offerId));
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

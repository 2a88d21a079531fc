import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { shanghaiDate } from '@gqt/kernel';
import { ApiProblems, Auth, CurrentPrincipal, UuidParam, type Principal } from '@gqt/platform';
import { ReceivableLifecycleService, ReceivableQueriesService } from '@gqt/receivables';
import { ConfirmReceivableDto, ConfirmReceivablesDto } from './confirm-receivable.dto';
import { DisputeReceivableDto } from './dispute-receivable.dto';
import { RecordPaymentDto } from './record-payment.dto';
import { ReceivableQuery } from './receivable.query';
import { RegisterReceivableDto } from './register-receivable.dto';
import {
  BatchConfirmationItem,
  BatchConfirmationResponse,
  PaymentList,
  PaymentRecordedResponse,
  PaymentResponse,
  ReceivablePage,
  ReceivableResponse,
  TimelineEntry,
  TimelineResponse,
} from './receivable.response';

@ApiTags('Receivables')
@Controller('receivables')
export class ReceivablesController {
  constructor(
    private readonly lifecycle: ReceivableLifecycleService,
    private readonly queries: ReceivableQueriesService,
  ) {}

  /**
   * The creditor SME registers what a buyer owes it; the buyer's users are asked to confirm.
   */
  @ApiProblems({
    400: ['VALIDATION_FAILED', 'USCC_INVALID'],
    409: ['INVOICE_ALREADY_REGISTERED'],
    422: ['AMOUNT_MISMATCH', 'DEBTOR_NOT_REGISTERED', 'SELF_DEALING', 'TENOR_TOO_LONG', 'LATE_INTEREST_BELOW_LPR'],
  })
  @Auth('receivables:register')
  @Post()
  async register(
    @CurrentPrincipal() principal: Principal,
    @Body() body: RegisterReceivableDto,
  ): Promise<ReceivableResponse> {
    return ReceivableResponse.of(await this.lifecycle.register(principal, body), shanghaiDate());
  }

  /**
   * What the caller may see, newest first: an enterprise its receivables and payables, a bank what was
   * put before it in a financing request, a regulator its jurisdiction, the operator all.
   */
  @Auth('receivables:read')
  @Get()
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ReceivableQuery): Promise<ReceivablePage> {
    const page = await this.queries.list(principal, query, query);
    const today = shanghaiDate();
    return {
      items: page.items.map((r) => ReceivableResponse.of(r, today)),
      nextCursor: page.nextCursor,
      ...(page.total === undefined ? {} : { total: page.total }),
    };
  }

  /**
   * The debtor confirms many pending receivables in one call; each id gets its own result (a refusal
   * carries the status and code a single confirmation would have answered).
   */
  @Auth('receivables:confirm')
  @Post('confirmations')
  @HttpCode(200)
  async confirmMany(
    @CurrentPrincipal() principal: Principal,
    @Body() { ids, ...terms }: ConfirmReceivablesDto,
  ): Promise<BatchConfirmationResponse> {
    const today = shanghaiDate();
    const results = (await this.lifecycle.confirmMany(principal, ids, terms)).map((r) =>
      BatchConfirmationItem.of(r, today),
    );
    const confirmed = results.filter((r) => r.ok).length;
    return { results, confirmed, refused: results.length - confirmed };
  }

  /** One receivable, if the caller may see it (404 otherwise). */
  @Auth('receivables:read')
  @Get(':id')
  async get(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<ReceivableResponse> {
    return ReceivableResponse.of(await this.queries.get(principal, id), shanghaiDate());
  }

  /** The receivable's timeline (registered, confirmed, paid …) from the audit trail, oldest first. */
  @Auth('receivables:read')
  @Get(':id/events')
  async timeline(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<TimelineResponse> {
    return { items: (await this.queries.timeline(principal, id)).map(TimelineEntry.of), nextCursor: null };
  }

  /**
   * The debtor confirms the debt (确权), in full or in part (the rest stays disputed), possibly with a
   * corrected due date.
   */
  @ApiProblems({ 409: ['INVALID_STATE'], 422: ['CONFIRMED_AMOUNT_EXCEEDS_AMOUNT', 'TENOR_TOO_LONG'] })
  @Auth('receivables:confirm')
  @Post(':id/confirm')
  @HttpCode(200)
  async confirm(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @Body() body: ConfirmReceivableDto,
  ): Promise<ReceivableResponse> {
    return ReceivableResponse.of(await this.lifecycle.confirm(principal, id, body), shanghaiDate());
  }

  /** The debtor disputes the receivable. */
  @ApiProblems({ 409: ['INVALID_STATE'] })
  @Auth('receivables:confirm')
  @Post(':id/dispute')
  @HttpCode(200)
  async dispute(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @Body() body: DisputeReceivableDto,
  ): Promise<ReceivableResponse> {
    return ReceivableResponse.of(await this.lifecycle.dispute(principal, id, body.reason), shanghaiDate());
  }

  /**
   * The creditor withdraws a receivable that is pending or disputed; its invoices may be registered again.
   */
  @ApiProblems({ 409: ['INVALID_STATE'] })
  @Auth('receivables:register')
  @Post(':id/cancel')
  @HttpCode(200)
  async cancel(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<ReceivableResponse> {
    return ReceivableResponse.of(await this.lifecycle.cancel(principal, id), shanghaiDate());
  }

  /**
   * The debtor records a payment, partial or whole; nothing left outstanding settles the receivable.
   */
  @ApiProblems({ 409: ['INVALID_STATE', 'PAYMENT_ALREADY_RECORDED'], 422: ['OVERPAYMENT'] })
  @Auth('receivables:pay')
  @Post(':id/payments')
  async recordPayment(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @Body() body: RecordPaymentDto,
  ): Promise<PaymentRecordedResponse> {
    const recorded = await this.lifecycle.recordPayment(principal, id, body);
    return {
      payment: PaymentResponse.of(recorded.payment),
      receivable: ReceivableResponse.of(recorded.receivable, shanghaiDate()),
    };
  }

  /** The payments recorded against a receivable, oldest first. */
  @Auth('receivables:read')
  @Get(':id/payments')
  async payments(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<PaymentList> {
    return { items: (await this.queries.payments(principal, id)).map(PaymentResponse.of), nextCursor: null };
  }
}

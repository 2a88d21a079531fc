import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { shanghaiDate } from '@gqt/kernel';
import { Auth, CurrentPrincipal, UuidParam, type Principal } from '@gqt/platform';
import { ReceivableQueriesService, ReceivableTransfersService } from '@gqt/receivables';
import { TransferResultResponse } from './receivable-transfer.response';
import { ReceivableTreeResponse } from './receivable-tree.response';
import { TransferReceivableDto } from './transfer-receivable.dto';

/** Split and transfer of confirmed receivables (数字债权凭证 流转拆分): pieces and their trees. */
@ApiTags('Receivables')
@Controller('receivables')
export class ReceivableTransfersController {
  constructor(
    private readonly transfers: ReceivableTransfersService,
    private readonly queries: ReceivableQueriesService,
  ) {}

  /**
   * Split a confirmed receivable and transfer a piece of it to another SME.
   *
   * @remarks For the users of its holder (the creditor SME, or whoever a piece was transferred to).
   * Creates the piece, a new receivable held by the transferee (its `creditor`): same debtor,
   * contract and due date, `CONFIRMED`, with `parentId`, `rootId` and `tier`. The holder's
   * outstanding shrinks by `amount`; a holder that passes on all it holds keeps the receivable as
   * `TRANSFERRED`. The transferee and the debtor are notified; banks that see the receivable hear
   * `receivable.transferred`. Errors: 400 VALIDATION_FAILED, USCC_INVALID; 403 not its holder's user;
   * 404 not visible; 409 INVALID_STATE (not CONFIRMED), RECEIVABLE_ALREADY_PLEDGED (in a live
   * financing request); 422 RECEIVABLE_OVERDUE, AMOUNT_EXCEEDS_OUTSTANDING (not between 0.01 and what
   * it holds), TRANSFEREE_NOT_ELIGIBLE (not a registered SME, or the debtor), SELF_DEALING, TIER_LIMIT, TREE_PIECE_LIMIT.
   *
   * @throws {400} VALIDATION_FAILED or USCC_INVALID (problem+json)
   * @throws {404} NOT_FOUND: the receivable does not exist or the caller may not see it (problem+json)
   * @throws {409} INVALID_STATE or RECEIVABLE_ALREADY_PLEDGED (problem+json)
   * @throws {422} RECEIVABLE_OVERDUE, AMOUNT_EXCEEDS_OUTSTANDING, TRANSFEREE_NOT_ELIGIBLE, SELF_DEALING, TIER_LIMIT, TREE_PIECE_LIMIT, or IDEMPOTENCY_KEY_REUSED (problem+json)
   */
  @Auth('receivables:transfer')
  @Post(':id/transfers')
  async transfer(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @Body() body: TransferReceivableDto,
  ): Promise<TransferResultResponse> {
    return TransferResultResponse.of(await this.transfers.transfer(principal, id, body), shanghaiDate());
  }

  /**
   * The tree a receivable belongs to: every piece with its outstanding.
   *
   * @remarks For whoever can see the receivable asked about (any piece of the tree); changes
   * nothing. The pieces' outstanding sums to what the debtor still owes on the root's confirmation.
   * The debtor, the root's creditor, regulators and the operator see every holder; a holder sees the
   * holders of its own pieces, their ancestors and descendants; a bank those of the pieces put before
   * it; other pieces come without holder. Errors: 404 not visible.
   *
   * @throws {404} NOT_FOUND: the receivable does not exist or the caller may not see it (problem+json)
   */
  @Auth('receivables:read')
  @Get(':id/tree')
  async tree(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<ReceivableTreeResponse> {
    return ReceivableTreeResponse.of(await this.queries.tree(principal, id));
  }
}

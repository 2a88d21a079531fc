import { Injectable } from '@nestjs/common';
import { Money, notFound } from '@gqt/kernel';
import { AwardHoldsService } from '@gqt/procurement';
import { AcceptedReceivablesService, type PledgeNotice } from '@gqt/receivables';
import type { Actor } from '@gqt/platform';
import type { FinancingRequestEntity } from './financing-request.entity';

/**
 * What backs a contract financing request (政采贷): a government procurement award, whose unpaid
 * part is the award less the payments recorded on its acceptances (api-contract.md § Contract
 * financing). Joins the financing use case's transaction.
 */
@Injectable()
export class AwardCollateral {
  constructor(
    private readonly awards: AwardHoldsService,
    private readonly receivables: AcceptedReceivablesService,
  ) {}

  /** The award's amount not yet paid, now, with its row and its receivables' rows locked. */
  async unpaidNow(request: FinancingRequestEntity): Promise<Money> {
    const award = await this.awards.heldBy(request.id);
    if (!award) throw notFound('The award this request finances');
    return award.amount.minus(await this.receivables.paidOn(award.receivableIds, award.supplierId));
  }

  /** The loan was disbursed: the award shows the pledge and where the purchaser pays. */
  async recordPledge(request: FinancingRequestEntity, notice: PledgeNotice, actor: Actor): Promise<void> {
    await this.awards.recordPledge(request.id, notice, actor);
  }

  /** The request is no longer live: the award is free to be financed again. */
  async release(request: FinancingRequestEntity, actor: Actor): Promise<void> {
    await this.awards.release(request.id, actor);
  }
}

import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { Money, conflict, forbidden, ruleViolation } from '@gqt/kernel';
import { DEFAULT_FINANCING_RATIO, EnterprisesService } from '@gqt/enterprises';
import { AwardHoldsService } from '@gqt/procurement';
import { AcceptedReceivablesService } from '@gqt/receivables';
import { actorOf, type Principal } from '@gqt/platform';
import { randomUUID } from 'node:crypto';
import { assertWithinFinancingRatio } from './domain/financing-rules';
import { FINANCING_EVENTS } from './financing-events';
import { partyOf, type FinancingRequestView } from './financing-request-view';
import { FinancingRequestsRepository, LIVE_AWARD_CONSTRAINT } from './financing-requests.repository';
import { FinancingService } from './financing.service';
import { liveLink, submittedRequest } from './new-financing-request';

export interface NewAwardFinancingRequest {
  awardId: string;
  bankId: string;
  requestedAmount: string;
  termDays: number;
}

const alreadyPledged = (awardId: string) =>
  conflict(
    'AWARD_ALREADY_PLEDGED',
    `Award ${awardId} is held by a live financing request, or one of its receivables is in one`,
  );

/**
 * Contract financing (政采贷): a supplier asks a bank to finance a government procurement award
 * it won, before or after acceptance. The request holds the whole award and every receivable its
 * acceptances become, so neither the award nor any of them is financed twice, however requests
 * race: the award's row is locked first, then its receivables in id order (api-contract.md §
 * Government procurement for SMEs). The bank's decisions then go as for any request.
 */
@Injectable()
export class AwardFinancingService {
  constructor(
    private readonly financing: FinancingService,
    private readonly requests: FinancingRequestsRepository,
    private readonly awards: AwardHoldsService,
    private readonly receivables: AcceptedReceivablesService,
    private readonly enterprises: EnterprisesService,
  ) {}

  /**
   * Errors: 404 for an award that is not the caller's; 409 AWARD_ALREADY_PLEDGED; 422
   * AWARD_NOT_FINANCEABLE (nothing unpaid), AMOUNT_EXCEEDS_LIMIT (above the bank's ratio of what
   * is unpaid), AMOUNT_NOT_POSITIVE, BANK_NOT_FOUND, NOT_A_BANK.
   */
  @Transactional()
  async submit(principal: Principal, input: NewAwardFinancingRequest): Promise<FinancingRequestView> {
    if (principal.role !== 'SME' || !principal.enterpriseId) throw forbidden('Only an SME asks for financing');
    const bank = await this.financing.bankNamed(input.bankId);
    const id = randomUUID();
    const actor = actorOf(principal);
    const award = await this.awards.hold(principal.enterpriseId, input.awardId, id, bank.id, actor);
    const held = await this.receivables.holdForAward(award.receivableIds, award.supplierId, id, bank.id, actor);
    if (held === null) throw alreadyPledged(input.awardId);
    const unpaid = award.amount.minus(Money.sum(held.map((r) => r.paidAmount)));
    if (!unpaid.isPositive()) {
      throw ruleViolation('AWARD_NOT_FINANCEABLE', `Nothing of award ${award.contractNo} is left unpaid`);
    }
    const requested = Money.parse(input.requestedAmount);
    if (!requested.isPositive()) throw ruleViolation('AMOUNT_NOT_POSITIVE', 'The requested amount must be above zero');
    const ratio = bank.financingRatio ?? DEFAULT_FINANCING_RATIO;
    assertWithinFinancingRatio(requested, unpaid, ratio);
    const sme = await this.enterprises.findById(principal.enterpriseId);
    if (!sme) throw forbidden('The SME of this account no longer exists');
    const request = submittedRequest(
      {
        id,
        sme,
        bank,
        awardId: award.id,
        requested,
        termDays: input.termDays,
        outstandingTotal: unpaid,
        ratio,
        cityCodes: [award.unitCityCode],
      },
      new Date(),
    );
    if ((await this.requests.insertHolding(request)) === LIVE_AWARD_CONSTRAINT) throw alreadyPledged(input.awardId);
    const links = held.filter((r) => r.held).map((r) => liveLink(request, r));
    if (links.length > 0 && (await this.requests.insertLinks(links)) !== null) throw alreadyPledged(input.awardId);
    return this.financing.changed(principal, FINANCING_EVENTS.submitted, null, request, {
      sme: partyOf(sme),
      bank: partyOf(bank),
    });
  }
}

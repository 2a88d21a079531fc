import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import {
  Money,
  conflict,
  forbidden,
  invalid,
  notFound,
  ruleViolation,
  shanghaiDate,
  type BusinessDate,
} from '@gqt/kernel';
import { DEFAULT_FINANCING_RATIO, EnterprisesService, type EnterpriseEntity } from '@gqt/enterprises';
import { ReceivablesFinancingPort, type PledgeNotice, type RepaymentAccount } from '@gqt/receivables';
import { DEFAULT_OFFER_WINDOW_DAYS } from '@gqt/contracts';
import {
  AuditService,
  BusinessClock,
  Outbox,
  actorOf,
  type Actor,
  type Page,
  type PageQuery,
  type Principal,
} from '@gqt/platform';
import { randomUUID } from 'node:crypto';
import {
  assertAnnualRate,
  assertApprovedAmount,
  assertLoanDate,
  assertTermWithinTenor,
  assertWithinFinancingRatio,
} from './domain/financing-rules';
import { transition } from './domain/financing-status';
import { expiryOf } from './domain/offer-rules';
import { FinancingOffersRepository } from './financing-offers.repository';
import { AwardCollateral } from './award-collateral';
import { FINANCING_EVENTS, type FinancingEventType } from './financing-events';
import { partyOf, sealedFor, viewOf, type FinancingRequestView, type PartySummary } from './financing-request-view';
import type { FinancingRequestEntity } from './financing-request.entity';
import { liveLink, openRequest, submittedRequest } from './new-financing-request';
import {
  FinancingRequestsRepository,
  LIVE_LINK_CONSTRAINT,
  type FinancingRequestFilter,
} from './financing-requests.repository';

export interface NewFinancingRequest {
  receivableIds: string[];
  bankId: string;
  requestedAmount: string;
  termDays: number;
}

/** A request put before several banks at once (api-contract.md § Matching). */
export interface NewCompetingRequest {
  receivableIds: string[];
  bankIds: string[];
  requestedAmount: string;
  termDays: number;
  expiresAt?: Date;
}

export interface Approval {
  approvedAmount: string;
  annualRate: string;
  termDays: number;
}

export interface Disbursement {
  loanReference: string;
  disbursedOn: BusinessDate;
  pledgeRegistrationNo: string;
  /** Where the debtor pays from now on; required for contract financing (政采贷). */
  repaymentAccount?: RepaymentAccount;
}

const ENTITY = 'financing_request';

/** "0.04350" and "0.0435" are one rate: stored without trailing zeros. */
const normalisedRate = (rate: string): string => (rate.includes('.') ? rate.replace(/\.?0+$/, '') : rate);

/**
 * Pledge financing (应收账款质押融资): the SME asks, the bank decides, registers the pledge and
 * disburses, then records repayment. Each action is one transaction with its audit event and
 * its outbox event; the receivables are held by a live request and released when it ends.
 */
@Injectable()
export class FinancingService {
  constructor(
    private readonly requests: FinancingRequestsRepository,
    private readonly receivables: ReceivablesFinancingPort,
    private readonly enterprises: EnterprisesService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly awards: AwardCollateral,
    private readonly offers: FinancingOffersRepository,
    private readonly clock: BusinessClock,
  ) {}

  /**
   * The SME pledges confirmed receivables of its own to a bank. The receivables are locked in id
   * order (crossed requests cannot deadlock) and linked to the request, so that at most one live
   * request ever holds a receivable, however many race for it.
   */
  @Transactional()
  async submit(principal: Principal, input: NewFinancingRequest): Promise<FinancingRequestView> {
    if (principal.role !== 'SME' || !principal.enterpriseId) throw forbidden('Only an SME asks for financing');
    const bank = await this.bankNamed(input.bankId);
    const id = randomUUID();
    const pledged = await this.receivables.lockForFinancing(principal, input.receivableIds, id, bank.id);
    const outstandingTotal = Money.sum(pledged.map((r) => r.outstandingAmount));
    const requested = Money.parse(input.requestedAmount);
    if (!requested.isPositive()) throw ruleViolation('AMOUNT_NOT_POSITIVE', 'The requested amount must be above zero');
    const ratio = bank.financingRatio ?? DEFAULT_FINANCING_RATIO;
    assertWithinFinancingRatio(requested, outstandingTotal, ratio);
    assertTermWithinTenor(
      input.termDays,
      pledged.map((r) => r.dueDate),
      shanghaiDate(),
    );
    const sme = await this.enterprises.findById(principal.enterpriseId);
    if (!sme) throw forbidden('The SME of this account no longer exists');
    const request = submittedRequest(
      {
        id,
        sme,
        bank,
        awardId: null,
        requested,
        termDays: input.termDays,
        outstandingTotal,
        ratio,
        cityCodes: pledged.flatMap((r) => [r.creditorCityCode, r.debtorCityCode]),
      },
      new Date(),
    );
    await this.requests.insert(request);
    const refused = await this.requests.insertLinks(pledged.map((r) => liveLink(request, r)));
    if (refused === LIVE_LINK_CONSTRAINT) {
      throw conflict('RECEIVABLE_ALREADY_PLEDGED', 'A receivable is already in a live financing request');
    }
    if (refused) throw new Error(`Unexpected constraint ${refused} on financing links`);
    return this.changed(principal, FINANCING_EVENTS.submitted, null, request, {
      sme: partyOf(sme),
      bank: partyOf(bank),
    });
  }

  /**
   * The SME puts one request before 2-5 banks: OPEN, its receivables locked as for one bank (and
   * each bank may read them), limited by the lowest financing ratio among the banks; each bank
   * hears of it and may offer until it expires.
   */
  @Transactional()
  async submitToBanks(principal: Principal, input: NewCompetingRequest): Promise<FinancingRequestView> {
    if (principal.role !== 'SME' || !principal.enterpriseId) throw forbidden('Only an SME asks for financing');
    const banks: EnterpriseEntity[] = [];
    for (const bankId of [...new Set(input.bankIds)].sort()) banks.push(await this.bankNamed(bankId));
    const now = this.clock.now();
    const expiresAt = expiryOf(input.expiresAt, now, DEFAULT_OFFER_WINDOW_DAYS);
    const id = randomUUID();
    const pledged = await this.receivables.lockForFinancing(
      principal,
      input.receivableIds,
      id,
      banks.map((b) => b.id),
    );
    const outstandingTotal = Money.sum(pledged.map((r) => r.outstandingAmount));
    const requested = Money.parse(input.requestedAmount);
    if (!requested.isPositive()) throw ruleViolation('AMOUNT_NOT_POSITIVE', 'The requested amount must be above zero');
    const ratios = banks.map((b) => ({ id: b.id, ratio: b.financingRatio ?? DEFAULT_FINANCING_RATIO }));
    const ratio = ratios.map((r) => r.ratio).sort()[0];
    assertWithinFinancingRatio(requested, outstandingTotal, ratio);
    // No tenor check here: the term is what the SME asks; each bank offers the term it will lend for.
    const sme = await this.enterprises.findById(principal.enterpriseId);
    if (!sme) throw forbidden('The SME of this account no longer exists');
    const request = openRequest(
      {
        id,
        sme,
        banks,
        requested,
        termDays: input.termDays,
        outstandingTotal,
        ratio,
        cityCodes: pledged.flatMap((r) => [r.creditorCityCode, r.debtorCityCode]),
      },
      expiresAt,
      now,
    );
    await this.requests.insert(request);
    await this.requests.insertInvitations(id, ratios);
    const refused = await this.requests.insertLinks(pledged.map((r) => liveLink(request, r)));
    if (refused === LIVE_LINK_CONSTRAINT) {
      throw conflict('RECEIVABLE_ALREADY_PLEDGED', 'A receivable is already in a live financing request');
    }
    if (refused) throw new Error(`Unexpected constraint ${refused} on financing links`);
    return this.changed(principal, FINANCING_EVENTS.offerRequested, null, request);
  }

  /** The bank approves, for at most the requested amount, within the receivables' tenor. */
  @Transactional()
  async approve(principal: Principal, id: string, approval: Approval): Promise<FinancingRequestView> {
    const request = await this.lockForBank(principal, id);
    const before = { ...request };
    request.status = transition(request.status, 'approve');
    const approved = Money.parse(approval.approvedAmount);
    assertApprovedAmount(approved, Money.parse(request.requestedAmount));
    assertAnnualRate(approval.annualRate);
    await this.assertPledgeCovers(request, approved);
    // A contract's loan is repaid from deliveries still to come: its receivables' due dates do not bound it.
    if (request.awardId === null) {
      const links = await this.requests.linksOf([id]);
      assertTermWithinTenor(
        approval.termDays,
        links.map((l) => l.dueDate),
        shanghaiDate(),
      );
    }
    Object.assign(request, {
      approvedAmount: approved.toString(),
      annualRate: normalisedRate(approval.annualRate),
      approvedTermDays: approval.termDays,
      updatedAt: new Date(),
    });
    await this.requests.save(request);
    return this.changed(principal, FINANCING_EVENTS.approved, before, request);
  }

  /** The bank declines; the receivables are free for another request. */
  @Transactional()
  async reject(principal: Principal, id: string, reason: string): Promise<FinancingRequestView> {
    const request = await this.lockForBank(principal, id);
    const before = { ...request };
    request.status = transition(request.status, 'reject');
    Object.assign(request, { rejectionReason: reason, updatedAt: new Date() });
    await this.saveAndRelease(principal, request);
    return this.changed(principal, FINANCING_EVENTS.rejected, before, request);
  }

  /** The SME withdraws before the money is paid out; the receivables are free again. */
  @Transactional()
  async withdraw(principal: Principal, id: string): Promise<FinancingRequestView> {
    const request = principal.enterpriseId ? await this.requests.lockForSme(id, principal.enterpriseId) : null;
    if (!request) throw notFound('The financing request');
    const before = { ...request };
    request.status = transition(request.status, 'withdraw');
    request.updatedAt = new Date();
    // A request withdrawn while before several banks declines whatever they offered.
    if (before.status === 'OPEN') await this.offers.closeActive(id, 'DECLINED', request.updatedAt);
    await this.saveAndRelease(principal, request);
    return this.changed(principal, FINANCING_EVENTS.withdrawn, before, request);
  }

  /**
   * The bank pays out after registering the pledge in the national movable-property financing
   * registry (中登网): a pledge of receivables takes effect on registration (Civil Code art. 445).
   * The debtor is then shown the pledge and told to pay the bank.
   */
  @Transactional()
  async disburse(principal: Principal, id: string, disbursement: Disbursement): Promise<FinancingRequestView> {
    const request = await this.lockForBank(principal, id);
    const before = { ...request };
    request.status = transition(request.status, 'disburse');
    if (request.awardId !== null && disbursement.repaymentAccount === undefined) {
      throw invalid('VALIDATION_FAILED', 'repaymentAccount is required to disburse contract financing', [
        {
          field: 'repaymentAccount',
          message: 'is required for a request that finances an award: the purchaser pays there',
        },
      ]);
    }
    assertLoanDate(
      'disbursedOn',
      disbursement.disbursedOn,
      shanghaiDate(request.createdAt),
      shanghaiDate(),
      'the request was made',
    );
    await this.assertPledgeCovers(request, Money.parse(request.approvedAmount!));
    Object.assign(request, {
      loanReference: disbursement.loanReference,
      disbursedOn: disbursement.disbursedOn,
      pledgeRegistrationNo: disbursement.pledgeRegistrationNo,
      updatedAt: new Date(),
    });
    await this.requests.save(request);
    const bank = await this.bankNamed(request.bankId!);
    const pledge = {
      bankId: bank.id,
      bankName: bank.name,
      registrationNo: disbursement.pledgeRegistrationNo,
      disbursedOn: disbursement.disbursedOn,
      ...(disbursement.repaymentAccount && { repaymentAccount: disbursement.repaymentAccount }),
    };
    await this.receivables.recordPledge(id, pledge, actorOf(principal));
    if (request.awardId !== null) {
      const notice: PledgeNotice = { financingRequestId: id, ...pledge, paymentToPledgee: true };
      await this.awards.recordPledge(request, notice, actorOf(principal));
    }
    return this.changed(principal, FINANCING_EVENTS.disbursed, before, request);
  }

  /** The bank records that the loan is repaid; the pledge ends and the receivables are released. */
  @Transactional()
  async repay(principal: Principal, id: string, repaidOn: BusinessDate): Promise<FinancingRequestView> {
    const request = await this.lockForBank(principal, id);
    const before = { ...request };
    request.status = transition(request.status, 'repay');
    assertLoanDate('repaidOn', repaidOn, request.disbursedOn!, shanghaiDate(), 'the disbursement');
    Object.assign(request, { repaidOn, updatedAt: new Date() });
    await this.saveAndRelease(principal, request);
    return this.changed(principal, FINANCING_EVENTS.repaid, before, request);
  }

  async get(principal: Principal, id: string): Promise<FinancingRequestView> {
    const request = await this.requests.findVisible(id, principal);
    if (!request) throw notFound('The financing request');
    const [view] = await this.views([request]);
    return this.sealed(principal, view);
  }

  async list(
    principal: Principal,
    filter: FinancingRequestFilter,
    page: PageQuery,
  ): Promise<Page<FinancingRequestView> & { total?: number }> {
    const found = await this.requests.page(principal, filter, page);
    const views = await this.views(found.items);
    return { ...found, items: views.map((view) => this.sealed(principal, view)) };
  }

  /** A bank never reads what another bank offered, nor the terms the SME took from another bank. */
  sealed(principal: Principal, view: FinancingRequestView): FinancingRequestView {
    return principal.role === 'BANK' && principal.enterpriseId ? sealedFor(principal.enterpriseId, view) : view;
  }

  private async lockForBank(principal: Principal, id: string): Promise<FinancingRequestEntity> {
    const request =
      principal.role === 'BANK' && principal.enterpriseId
        ? await this.requests.lockForBank(id, principal.enterpriseId)
        : null;
    if (!request) throw notFound('The financing request');
    return request;
  }

  /**
   * The receivables still back the loan when the bank commits to it and when it pays out: the
   * debtor may have paid some of them since the request, which shrinks the collateral.
   */
  async assertPledgeCovers(request: FinancingRequestEntity, loan: Money): Promise<void> {
    const outstanding =
      request.awardId === null
        ? await this.receivables.lockStillFinanceable(request.id)
        : await this.awards.unpaidNow(request);
    assertWithinFinancingRatio(loan, outstanding, request.financingRatio);
  }

  /** The request left the live states: saved, and its receivables (or award) released. */
  async saveAndRelease(principal: Principal | Actor, request: FinancingRequestEntity): Promise<void> {
    const actor = 'role' in principal ? actorOf(principal) : principal;
    await this.requests.save(request);
    await this.requests.endLinks(request.id);
    await this.receivables.releaseFromFinancing(request.id, actor);
    if (request.awardId !== null) await this.awards.release(request, actor);
  }

  /** The bank a request is made to (422 BANK_NOT_FOUND, NOT_A_BANK); also for contract financing. */
  async bankNamed(bankId: string): Promise<EnterpriseEntity> {
    const bank = await this.enterprises.findById(bankId);
    if (!bank) throw ruleViolation('BANK_NOT_FOUND', `No enterprise ${bankId} is registered`);
    if (bank.kind !== 'BANK') throw ruleViolation('NOT_A_BANK', `${bank.name} is not a bank`);
    return bank;
  }

  /**
   * Audits the change, publishes its event with the request as the API shows it, and returns that;
   * also for contract financing's submission.
   */
  async changed(
    principal: Principal | Actor,
    type: FinancingEventType,
    before: FinancingRequestEntity | null,
    request: FinancingRequestEntity,
    parties?: { sme: PartySummary; bank: PartySummary },
  ): Promise<FinancingRequestView> {
    const links = parties ? await this.requests.linksOf([request.id]) : [];
    const view = parties
      ? viewOf(request, links, parties, [], await this.debtorNames(links))
      : (await this.views([request]))[0];
    await this.audit.record({
      entityType: ENTITY,
      entityId: request.id,
      action: type,
      actor: 'role' in principal ? actorOf(principal) : principal,
      jurisdictions: request.jurisdictions,
      before,
      after: request,
    });
    await this.outbox.publish({ type, aggregateType: ENTITY, aggregateId: request.id, payload: view });
    return view;
  }

  async views(requests: FinancingRequestEntity[]): Promise<FinancingRequestView[]> {
    const ids = requests.map((r) => r.id);
    const links = await this.requests.linksOf(ids);
    const invitations = await this.requests.invitationsOf(ids);
    const parties = new Map<string, PartySummary>();
    for (const id of new Set(requests.flatMap((r) => (r.bankId ? [r.smeId, r.bankId] : [r.smeId])))) {
      const enterprise = await this.enterprises.findById(id);
      if (enterprise) parties.set(id, partyOf(enterprise));
    }
    const debtors = await this.debtorNames(links);
    return requests.map((r) =>
      viewOf(
        r,
        links,
        { sme: parties.get(r.smeId)!, bank: r.bankId ? parties.get(r.bankId)! : null },
        (invitations.get(r.id) ?? []).map((i) => i.bankId),
        debtors,
      ),
    );
  }

  private debtorNames(links: { debtorId: string }[]): Promise<Map<string, string>> {
    return this.enterprises.namesOf(links.map((link) => link.debtorId));
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DEFAULT_FINANCING_RATIO, EnterprisesService } from '@gqt/enterprises';
import { Money, forbidden, invalidState, notFound, ruleViolation } from '@gqt/kernel';
import { FinancingProductsService } from '@gqt/matching';
import { AuditService, BusinessClock, Outbox, SYSTEM_ACTOR, actorOf, type Principal } from '@gqt/platform';
import { randomUUID } from 'node:crypto';
import { assertAnnualRate, assertWithinFinancingRatio } from './domain/financing-rules';
import { transition } from './domain/financing-status';
import { assertValidity } from './domain/offer-rules';
import { FINANCING_EVENTS, OFFER_MADE, type FinancingEventPayload, type FinancingEventType } from './financing-events';
import { FinancingOfferEntity } from './financing-offer.entity';
import { offerViewOf, type FinancingOfferView } from './financing-offer-view';
import { FinancingOffersRepository } from './financing-offers.repository';
import { sealedFor, type FinancingRequestView } from './financing-request-view';
import type { FinancingRequestEntity } from './financing-request.entity';
import { FinancingRequestsRepository } from './financing-requests.repository';
import { FinancingService } from './financing.service';

export interface NewOffer {
  amount: string;
  annualRate: string;
  termDays: number;
  validUntil: Date;
  productId?: string;
}

const normalisedRate = (rate: string): string => (rate.includes('.') ? rate.replace(/\.?0+$/, '') : rate);
const EXPIRY_BATCH = 100;

/**
 * Competing offers (api-contract.md § Matching): banks named in an OPEN request offer, each sealed
 * from the others; the SME accepts one and the request is APPROVED with that bank; without an
 * acceptance by `expiresAt` it EXPIRES and releases its receivables. Every step locks the request's
 * row first, so two acceptances, or an acceptance and a withdrawal, have exactly one winner.
 */
@Injectable()
export class CompetingOffersService {
  private readonly logger = new Logger(CompetingOffersService.name);

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly financing: FinancingService,
    private readonly requests: FinancingRequestsRepository,
    private readonly offers: FinancingOffersRepository,
    private readonly enterprises: EnterprisesService,
    private readonly products: FinancingProductsService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly clock: BusinessClock,
  ) {}

  /** A named bank offers (again: its new offer replaces its previous one). */
  @Transactional()
  async offer(principal: Principal, requestId: string, input: NewOffer): Promise<FinancingOfferView> {
    if (principal.role !== 'BANK' || !principal.enterpriseId) throw forbidden('Only banks make offers');
    const bankId = principal.enterpriseId;
    const request = await this.requests.lockForInvitedBank(requestId, bankId);
    if (!request) throw notFound('The financing request');
    const now = this.clock.now();
    this.assertOpen(request, now);
    assertValidity(input.validUntil, now);
    const amount = Money.parse(input.amount);
    if (!amount.isPositive()) throw ruleViolation('AMOUNT_NOT_POSITIVE', 'The offered amount must be above zero');
    const requested = Money.parse(request.requestedAmount);
    if (amount.greaterThan(requested)) {
      throw ruleViolation(
        'AMOUNT_EXCEEDS_LIMIT',
        `An offer of ${amount.toString()} exceeds the requested ${requested.toString()}`,
      );
    }
    const bank = await this.financing.bankNamed(bankId);
    assertWithinFinancingRatio(
      amount,
      Money.parse(request.outstandingTotal),
      bank.financingRatio ?? DEFAULT_FINANCING_RATIO,
    );
    assertAnnualRate(input.annualRate);
    // The term is the bank's to offer: competing offers are not bound to the receivables' due dates
    // (the debtor pays the pledgee from disbursement on; the bank prices the rest).
    if (input.productId && !(await this.products.activeOfBank(input.productId, bankId))) {
      throw ruleViolation('PRODUCT_NOT_FOUND', `The bank has no active product ${input.productId}`);
    }
    const previous = await this.offers.currentOf(requestId, bankId);
    if (previous) {
      Object.assign(previous, { status: 'REPLACED', updatedAt: now });
      await this.offers.save(previous);
    }
    const offer = Object.assign(new FinancingOfferEntity(), {
      id: randomUUID(),
      financingRequestId: requestId,
      bankId,
      amount: amount.toString(),
      annualRate: normalisedRate(input.annualRate),
      termDays: input.termDays,
      validUntil: input.validUntil,
      productId: input.productId ?? null,
      status: 'ACTIVE',
      createdAt: now,
      updatedAt: now,
    } satisfies FinancingOfferEntity);
    await this.offers.insert(offer);
    const view = offerViewOf(offer, bank.name);
    await this.audit.record({
      entityType: 'financing_offer',
      entityId: offer.id,
      action: previous ? 'financing_request.offer_replaced' : 'financing_request.offer_made',
      actor: actorOf(principal),
      jurisdictions: request.jurisdictions,
      before: previous,
      after: offer,
    });
    // For the SME's inbox only: no bank's webhook carries an offer but its own.
    await this.outbox.publish({
      type: OFFER_MADE,
      aggregateType: 'financing_request',
      aggregateId: requestId,
      payload: { smeId: request.smeId, offer: view, replaced: previous !== null },
    });
    return view;
  }

  /** The bank takes back its ACTIVE offer while the request is OPEN; against an acceptance racing it, exactly one wins. */
  @Transactional()
  async withdrawOffer(principal: Principal, requestId: string, offerId: string): Promise<FinancingOfferView> {
    const bankId = principal.role === 'BANK' ? principal.enterpriseId : null;
    const request = bankId ? await this.requests.lockForInvitedBank(requestId, bankId) : null;
    const offer = request ? await this.offers.find(requestId, offerId) : null;
    if (!request || !offer || offer.bankId !== bankId) throw notFound('The offer');
    const now = this.clock.now();
    this.assertOpen(request, now);
    if (offer.status !== 'ACTIVE') throw invalidState(`A ${offer.status} offer cannot be withdrawn`);
    const before = { ...offer };
    Object.assign(offer, { status: 'WITHDRAWN', updatedAt: now });
    await this.offers.save(offer);
    await this.audit.record({
      entityType: 'financing_offer',
      entityId: offer.id,
      action: 'financing_request.offer_withdrawn',
      actor: actorOf(principal),
      jurisdictions: request.jurisdictions,
      before,
      after: offer,
    });
    return (await this.viewsOf([offer]))[0];
  }

  /** The request's current offers: all of them for the SME (and regulators, the operator), its own for a bank. */
  async list(principal: Principal, requestId: string): Promise<FinancingOfferView[]> {
    await this.financing.get(principal, requestId);
    const own = principal.role === 'BANK' ? (principal.enterpriseId ?? undefined) : undefined;
    if (principal.role === 'BANK' && !own) throw notFound('The financing request');
    return this.viewsOf(await this.offers.current(requestId, own));
  }

  /**
   * The SME takes one offer: the request is APPROVED with that bank on the offer's terms, the
   * other offers are DECLINED, and each bank hears of its own offer only.
   */
  @Transactional()
  async accept(principal: Principal, requestId: string, offerId: string): Promise<FinancingRequestView> {
    const request = principal.enterpriseId ? await this.requests.lockForSme(requestId, principal.enterpriseId) : null;
    if (!request) throw notFound('The financing request');
    const now = this.clock.now();
    const offer = await this.offers.find(requestId, offerId);
    if (!offer) throw notFound('The offer');
    this.assertOpen(request, now);
    const before = { ...request };
    request.status = transition(request.status, 'accept');
    if (offer.status !== 'ACTIVE') throw invalidState(`A ${offer.status} offer cannot be accepted`);
    if (offer.validUntil.getTime() <= now.getTime()) {
      throw ruleViolation('OFFER_EXPIRED', `The offer was valid until ${offer.validUntil.toISOString()}`);
    }
    await this.financing.bankNamed(offer.bankId);
    const invitation = (await this.requests.invitationsOf([requestId])).get(requestId) ?? [];
    const ratio = invitation.find((i) => i.bankId === offer.bankId)?.ratio ?? DEFAULT_FINANCING_RATIO;
    Object.assign(request, {
      bankId: offer.bankId,
      financingRatio: ratio,
      approvedAmount: offer.amount,
      annualRate: offer.annualRate,
      approvedTermDays: offer.termDays,
      acceptedOfferId: offer.id,
      updatedAt: now,
    });
    // The receivables must still back the loan: payments since the request shrink them.
    await this.financing.assertPledgeCovers(request, Money.parse(offer.amount));
    Object.assign(offer, { status: 'ACCEPTED', updatedAt: now });
    await this.offers.save(offer);
    const declined = await this.offers.closeActive(requestId, 'DECLINED', now, offer.id);
    await this.requests.save(request);
    await this.requests.assignLinks(requestId, offer.bankId);
    const [view] = await this.financing.views([request]);
    await this.audit.record({
      entityType: 'financing_request',
      entityId: request.id,
      action: FINANCING_EVENTS.offerAccepted,
      actor: actorOf(principal),
      jurisdictions: request.jurisdictions,
      before,
      after: request,
    });
    const names = await this.enterprises.namesOf([offer.bankId, ...declined.map((o) => o.bankId)]);
    // Rather than the request's event, each bank gets its own: the winner its accepted offer, the others theirs.
    await this.publishToBanks(request, view, FINANCING_EVENTS.offerAccepted, [
      { bankId: offer.bankId, offer: offerViewOf(offer, names.get(offer.bankId) ?? '') },
    ]);
    const others = invitation.map((i) => i.bankId).filter((id) => id !== offer.bankId);
    await this.publishToBanks(
      request,
      view,
      FINANCING_EVENTS.offerDeclined,
      others.map((bankId) => {
        const own = declined.find((o) => o.bankId === bankId);
        return { bankId, offer: own ? offerViewOf(own, names.get(bankId) ?? '') : null };
      }),
    );
    return view;
  }

  /** Every OPEN request whose time is up EXPIRES: offers end, receivables are released. Each in its own transaction. */
  async expireDue(): Promise<number> {
    let expired = 0;
    for (;;) {
      const due = await this.txHost.withTransaction(() => this.requests.expiredOpen(this.clock.now(), EXPIRY_BATCH));
      if (due.length === 0) return expired;
      for (const id of due) {
        try {
          if (await this.expire(id)) expired += 1;
        } catch (error) {
          this.logger.error(`Expiring financing request ${id} failed: ${(error as Error).message}`);
          return expired;
        }
      }
      if (due.length < EXPIRY_BATCH) return expired;
    }
  }

  @Transactional()
  async expire(id: string): Promise<boolean> {
    const request = await this.requests.lock(id);
    const now = this.clock.now();
    if (!request || request.status !== 'OPEN' || request.expiresAt === null || request.expiresAt > now) return false;
    const before = { ...request };
    request.status = transition(request.status, 'expire');
    request.updatedAt = now;
    await this.offers.closeActive(id, 'EXPIRED', now);
    await this.financing.saveAndRelease(SYSTEM_ACTOR, request);
    await this.financing.changed(SYSTEM_ACTOR, FINANCING_EVENTS.expired, before, request);
    return true;
  }

  /** An OPEN request past its expiry (the job may not have run yet) takes no more offers nor acceptances. */
  private assertOpen(request: FinancingRequestEntity, now: Date): void {
    if (request.status === 'OPEN' && request.expiresAt !== null && request.expiresAt <= now) {
      throw invalidState(`The request expired at ${request.expiresAt.toISOString()}`);
    }
    if (request.status !== 'OPEN') throw invalidState(`A ${request.status} request takes no offers`);
  }

  private async publishToBanks(
    request: FinancingRequestEntity,
    view: FinancingRequestView,
    type: FinancingEventType,
    audience: { bankId: string; offer: FinancingOfferView | null }[],
  ): Promise<void> {
    for (const { bankId, offer } of audience) {
      const payload: FinancingEventPayload = { ...sealedFor(bankId, view), bankIds: [bankId], offer };
      await this.outbox.publish({ type, aggregateType: 'financing_request', aggregateId: request.id, payload });
    }
  }

  private async viewsOf(offers: FinancingOfferEntity[]): Promise<FinancingOfferView[]> {
    const names = await this.enterprises.namesOf(offers.map((o) => o.bankId));
    return offers.map((o) => offerViewOf(o, names.get(o.bankId) ?? ''));
  }
}

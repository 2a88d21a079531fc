import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { Money, addDays, shanghaiDate, type BusinessDate } from '@gqt/kernel';
import type { EnterpriseEntity } from '@gqt/enterprises';
import { AuditService, Outbox, type Actor } from '@gqt/platform';
import { outstandingOf } from './domain/receivable';
import { assessTerms } from './domain/payment-terms';
import { validateRegistration, type InvoiceLine } from './domain/registration';
import { newReceivableRecords, registeredEvent } from './new-receivable';
import { auditSnapshot, figuresOf, type ReceivableDetails } from './receivable-details';
import { RECEIVABLE_EVENTS, commonFields, receivableEvent } from './receivable-events';
import { ReceivableNotifications } from './receivable-notifications';
import type { PledgeNotice, ReceivableEntity } from './receivable.entity';
import { ReceivablesRepository } from './receivables.repository';

/** A delivery under a government procurement contract that the purchaser accepted. */
export interface AcceptedDelivery {
  supplier: EnterpriseEntity;
  purchaser: EnterpriseEntity;
  contractNo: string;
  invoices: InvoiceLine[];
  amount: string;
  acceptedOn: BusinessDate;
  /** The year's policy: the purchaser pays within this many days of acceptance. */
  paymentDays: number;
  description: string;
  createdBy: string | null;
  /** The contract's live financing request (政采贷), which holds every receivable of the contract. */
  financing: { financingRequestId: string; bankId: string; pledge: PledgeNotice | null } | null;
}

/** An accepted delivery's receivable as a contract financing request holds it. */
export interface AwardReceivable {
  id: string;
  debtorId: string;
  paidAmount: Money;
  outstandingAmount: Money;
  dueDate: BusinessDate;
  /** Whether the request now holds it (one with nothing outstanding needs no holding). */
  held: boolean;
}

const ENTITY = 'receivable';

/**
 * The receivables of government procurement contracts: an accepted delivery becomes a confirmed
 * receivable, and a contract financing (政采贷) holds the contract's receivables like a pledge
 * holds its own. Runs in the transaction of the procurement or financing use case that calls it.
 */
@Injectable()
export class AcceptedReceivablesService {
  constructor(
    private readonly receivables: ReceivablesRepository,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly notifications: ReceivableNotifications,
  ) {}

  /**
   * A receivable of the supplier on the purchaser, CONFIRMED from the start: the acceptance by the
   * purchaser's own user inside the platform is the debtor's confirmation (确权). It falls due the
   * policy's payment days after acceptance (SME Payment Regulation (2025) art. 9). It is published
   * as registered and confirmed, so monitoring, inboxes and webhooks follow it like any other.
   */
  @Transactional()
  async register(delivery: AcceptedDelivery, actor: Actor): Promise<ReceivableDetails> {
    const today = shanghaiDate();
    const dueDate = addDays(delivery.acceptedOn, delivery.paymentDays);
    const { invoices, amount } = validateRegistration(
      { invoices: delivery.invoices, amount: delivery.amount, deliveryDate: delivery.acceptedOn, dueDate },
      today,
    );
    const terms = assessTerms({
      deliveryDate: delivery.acceptedOn,
      dueDate,
      registeredOn: today,
      debtor: delivery.purchaser,
    });
    const now = new Date();
    const { receivable, invoices: lines } = newReceivableRecords(
      {
        creditor: delivery.supplier,
        debtor: delivery.purchaser,
        contractNo: delivery.contractNo,
        amount: amount.toString(),
        invoices,
        deliveryDate: delivery.acceptedOn,
        dueDate,
        terms,
        lateInterestRate: null,
        description: delivery.description,
        createdBy: delivery.createdBy,
        importJobId: null,
        importRow: null,
      },
      now,
    );
    Object.assign(receivable, {
      status: 'CONFIRMED',
      confirmedAmount: receivable.amount,
      confirmedAt: now,
      financingRequestId: delivery.financing?.financingRequestId ?? null,
      pledge: delivery.financing?.pledge ?? null,
    } satisfies Partial<ReceivableEntity>);
    await this.receivables.insertRegistration(receivable, lines);
    if (delivery.financing) {
      const { financingRequestId, bankId } = delivery.financing;
      await this.receivables.grantBankAccess([receivable.id], bankId, financingRequestId);
    }
    await this.audit.record({
      entityType: ENTITY,
      entityId: receivable.id,
      action: 'receivable.accepted',
      actor,
      jurisdictions: [receivable.creditorCityCode, receivable.debtorCityCode],
      after: {
        ...auditSnapshot(receivable),
        invoices: lines.map(({ number, amount: lineAmount, issueDate }) => ({ number, amount: lineAmount, issueDate })),
      },
    });
    await this.outbox.publish(
      registeredEvent(receivable, delivery.purchaser),
      receivableEvent(RECEIVABLE_EVENTS.confirmed, receivable, {
        ...commonFields(receivable, delivery.purchaser.industry),
        confirmedAmount: receivable.amount,
        outstandingAmount: receivable.amount,
        dueDate,
        confirmedAt: now.toISOString(),
        registeredAt: now.toISOString(),
      }),
    );
    if (delivery.financing?.pledge) await this.notifications.pledgeNotice(receivable, delivery.financing.pledge);
    return {
      receivable: Object.assign(receivable, { creditor: delivery.supplier, debtor: delivery.purchaser }),
      invoices: lines,
    };
  }

  /**
   * For contract financing, with the contract's row locked: holds the supplier's receivables of
   * the contract for the request (those with money outstanding), in id order. Returns null, and
   * holds nothing, when any of them is already in a live request (the contract cannot then be
   * financed whole).
   */
  @Transactional()
  async holdForAward(
    receivableIds: string[],
    supplierId: string,
    financingRequestId: string,
    bankId: string,
    actor: Actor,
  ): Promise<AwardReceivable[] | null> {
    const ids = [...new Set(receivableIds)].sort();
    const locked = await this.receivables.lockOwnedByCreditor(ids, supplierId);
    if (locked.some((r) => r.financingRequestId !== null)) return null;
    const toHold = locked.filter((r) => outstandingOf(figuresOf(r)).isPositive()).map((r) => r.id);
    if ((await this.receivables.linkFinancing(toHold, financingRequestId)) !== toHold.length) return null;
    await this.receivables.grantBankAccess(toHold, bankId, financingRequestId);
    const now = new Date();
    for (const receivable of locked.filter((r) => toHold.includes(r.id))) {
      const before = auditSnapshot(receivable);
      Object.assign(receivable, { financingRequestId, updatedAt: now });
      await this.audit.record({
        entityType: ENTITY,
        entityId: receivable.id,
        action: 'receivable.financing_requested',
        actor,
        jurisdictions: [receivable.creditorCityCode, receivable.debtorCityCode],
        before,
        after: { ...auditSnapshot(receivable), bankId },
      });
    }
    return locked.map((r) => ({
      id: r.id,
      debtorId: r.debtorId,
      paidAmount: Money.parse(r.paidAmount),
      outstandingAmount: outstandingOf(figuresOf(r)),
      dueDate: r.dueDate,
      held: toHold.includes(r.id),
    }));
  }

  /** What the debtor has paid on these receivables of the supplier, read with their rows locked. */
  async paidOn(receivableIds: string[], supplierId: string): Promise<Money> {
    const locked = await this.receivables.lockOwnedByCreditor([...new Set(receivableIds)].sort(), supplierId);
    return Money.sum(locked.map((r) => Money.parse(r.paidAmount)));
  }
}

import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { Money, conflict, notFound, shanghaiDate, type BusinessDate } from '@gqt/kernel';
import { actorOf, type Actor, type Principal } from '@gqt/platform';
import { assertFinanceable, outstandingOf } from './domain/receivable';
import { ReceivableAuditTrail } from './receivable-audit-trail';
import { auditSnapshot, figuresOf } from './receivable-details';
import { ReceivableNotifications } from './receivable-notifications';
import type { PledgeNotice, RepaymentAccount } from './receivable.entity';
import { ReceivablesRepository } from './receivables.repository';

/** What a financing request learns of each receivable it locks (CONTRACTS.md § Receivables → financing). */
export interface FinanceableReceivable {
  id: string;
  creditorId: string;
  debtorId: string;
  creditorCityCode: string;
  debtorCityCode: string;
  contractNo: string;
  amount: Money;
  confirmedAmount: Money;
  outstandingAmount: Money;
  dueDate: BusinessDate;
  confirmedAt: Date;
}

export interface PledgeRegistration {
  bankId: string;
  bankName: string;
  registrationNo: string;
  disbursedOn: BusinessDate;
  repaymentAccount?: RepaymentAccount;
}

/**
 * The port the financing context uses: each method runs in financing's transaction, locks the
 * receivables it concerns in id order and audits what it changes on them.
 */
@Injectable()
export class ReceivablesFinancingPort {
  constructor(
    private readonly receivables: ReceivablesRepository,
    private readonly trail: ReceivableAuditTrail,
    private readonly notifications: ReceivableNotifications,
  ) {}

  /**
   * Locks the caller's receivables in id order, checks each can back a pledge and is in no live
   * request, links them to the request and lets the bank (or each of the banks) see them.
   */
  @Transactional()
  async lockForFinancing(
    principal: Principal,
    receivableIds: string[],
    financingRequestId: string,
    bankIds: string | readonly string[],
  ): Promise<FinanceableReceivable[]> {
    const banks = typeof bankIds === 'string' ? [bankIds] : [...bankIds];
    const ids = [...new Set(receivableIds)].sort();
    const locked = principal.enterpriseId
      ? await this.receivables.lockOwnedByCreditor(ids, principal.enterpriseId)
      : [];
    if (locked.length !== ids.length) throw notFound('A receivable');
    const today = shanghaiDate();
    for (const receivable of locked) {
      assertFinanceable(receivable.id, figuresOf(receivable), today);
      if (receivable.financingRequestId !== null) {
        throw conflict(
          'RECEIVABLE_ALREADY_PLEDGED',
          `Receivable ${receivable.id} is already in a live financing request`,
        );
      }
    }
    if ((await this.receivables.linkFinancing(ids, financingRequestId)) !== ids.length) {
      throw conflict('RECEIVABLE_ALREADY_PLEDGED', 'A receivable is already in a live financing request');
    }
    for (const bankId of banks) await this.receivables.grantBankAccess(ids, bankId, financingRequestId);
    const now = new Date();
    for (const receivable of locked) {
      const before = auditSnapshot(receivable);
      Object.assign(receivable, { financingRequestId, updatedAt: now });
      await this.trail.recordChange(
        actorOf(principal),
        receivable,
        'receivable.financing_requested',
        before,
        banks.length === 1 ? { bankId: banks[0] } : { bankIds: banks },
      );
    }
    return locked.map((r) => {
      const figures = figuresOf(r);
      return {
        id: r.id,
        creditorId: r.creditorId,
        debtorId: r.debtorId,
        creditorCityCode: r.creditorCityCode,
        debtorCityCode: r.debtorCityCode,
        contractNo: r.contractNo,
        amount: figures.amount,
        confirmedAmount: figures.confirmedAmount!,
        outstandingAmount: outstandingOf(figures),
        dueDate: r.dueDate,
        confirmedAt: r.confirmedAt!,
      };
    });
  }

  /**
   * Before the bank commits to or pays out a loan: locks the request's receivables and checks each
   * still backs it (a payment may have settled one since the request was made). Returns what is
   * outstanding on them now.
   */
  @Transactional()
  async lockStillFinanceable(financingRequestId: string): Promise<Money> {
    const linked = await this.receivables.lockByFinancingRequest(financingRequestId);
    const today = shanghaiDate();
    for (const receivable of linked) assertFinanceable(receivable.id, figuresOf(receivable), today);
    return Money.sum(linked.map((r) => outstandingOf(figuresOf(r))));
  }

  /** The request left the live states; its receivables may back another one. */
  @Transactional()
  async releaseFromFinancing(financingRequestId: string, actor: Actor): Promise<void> {
    const linked = await this.receivables.lockByFinancingRequest(financingRequestId);
    if (linked.length === 0) return;
    await this.receivables.unlinkFinancing(linked.map((r) => r.id));
    const now = new Date();
    for (const receivable of linked) {
      const before = auditSnapshot(receivable);
      Object.assign(receivable, { financingRequestId: null, pledge: null, updatedAt: now });
      await this.trail.recordChange(actor, receivable, 'receivable.financing_released', before, {
        releasedFrom: financingRequestId,
      });
    }
  }

  /**
   * The pledge is registered and the loan disbursed. The notice is shown to the debtor and its
   * users are told, which makes the pledge effective against it (Civil Code art. 445, 546).
   */
  @Transactional()
  async recordPledge(financingRequestId: string, pledge: PledgeRegistration, actor: Actor): Promise<void> {
    const linked = await this.receivables.lockByFinancingRequest(financingRequestId);
    if (linked.length === 0) return;
    const notice: PledgeNotice = { financingRequestId, ...pledge, paymentToPledgee: true };
    await this.receivables.setPledge(
      linked.map((r) => r.id),
      notice,
    );
    const now = new Date();
    for (const receivable of linked) {
      const before = auditSnapshot(receivable);
      Object.assign(receivable, { pledge: notice, updatedAt: now });
      await this.trail.recordChange(actor, receivable, 'receivable.pledged', before);
      await this.notifications.pledgeNotice(receivable, notice);
    }
  }
}

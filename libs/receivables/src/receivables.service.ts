import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import {
  DomainError,
  Money,
  conflict,
  forbidden,
  notFound,
  ruleViolation,
  shanghaiDate,
  type BusinessDate,
} from '@gqt/kernel';
import { EnterprisesService, assertValidUscc, type EnterpriseEntity } from '@gqt/enterprises';
import {
  AuditBatch,
  AuditService,
  Outbox,
  STATUS_OF_KIND,
  actorOf,
  type Actor,
  type AuditEventEntity,
  type DomainEvent,
  type Page,
  type PageQuery,
  type Principal,
} from '@gqt/platform';
import { randomUUID } from 'node:crypto';
import { canonicalRate } from './domain/loan-prime-rate';
import { assessTerms } from './domain/payment-terms';
import { assertFinanceable, confirmation, outstandingOf, payment } from './domain/receivable';
import { assertCanDo } from './domain/receivable-status';
import { validateRegistration, type InvoiceLine } from './domain/registration';
import { RECEIVABLE_EVENTS, commonFields, receivableEvent } from './receivable-events';
import { auditSnapshot, figuresOf, type ReceivableDetails } from './receivable-details';
import { newReceivableRecords, registeredEvent, registrationAudit } from './new-receivable';
import { ReceivablePaymentEntity } from './receivable-payment.entity';
import type { PledgeNotice, ReceivableEntity, RepaymentAccount } from './receivable.entity';
import {
  LIVE_INVOICE_NUMBER_KEY,
  PAYMENT_REFERENCE_KEY,
  ReceivablesRepository,
  type ReceivableFilter,
} from './receivables.repository';
import { ReceivableNotifications } from './receivable-notifications';

export interface NewReceivable {
  debtorUscc: string;
  contractNo: string;
  invoices: InvoiceLine[];
  amount: string;
  deliveryDate: BusinessDate;
  dueDate: BusinessDate;
  description?: string;
  lateInterestRate?: string;
  contractDate?: BusinessDate;
}

export interface ConfirmationInput {
  confirmedAmount?: string;
  dueDate?: BusinessDate;
  /** Why only part is confirmed: the rest stays disputed. */
  reason?: string;
}

export interface NewPayment {
  amount: string;
  paidOn: BusinessDate;
  reference: string;
}

/** One id's outcome in a batch confirmation. */
export type BatchConfirmationResult =
  | { id: string; ok: true; receivable: ReceivableDetails }
  | { id: string; ok: false; status: number; code: string; detail: string };

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

export interface RecordedPayment {
  payment: ReceivablePaymentEntity;
  receivable: ReceivableDetails;
}

const ENTITY = 'receivable';

/** Receivables' use cases: one transaction per business action, audited and published. */
@Injectable()
export class ReceivablesService {
  constructor(
    private readonly receivables: ReceivablesRepository,
    private readonly enterprises: EnterprisesService,
    private readonly audit: AuditService,
    private readonly auditBatch: AuditBatch,
    private readonly outbox: Outbox,
    private readonly notifications: ReceivableNotifications,
  ) {}

  /** The creditor SME registers what a buyer owes it; the buyer is asked to confirm. */
  @Transactional()
  async register(principal: Principal, input: NewReceivable): Promise<ReceivableDetails> {
    const today = shanghaiDate();
    const { invoices, amount } = validateRegistration(input, today);
    assertValidUscc(input.debtorUscc, 'debtorUscc');
    const creditor = await this.ownEnterprise(principal);
    const debtor = await this.debtorFor(input.debtorUscc, creditor);
    const terms = assessTerms({
      deliveryDate: input.deliveryDate,
      dueDate: input.dueDate,
      registeredOn: today,
      debtor,
    });
    const records = newReceivableRecords(
      {
        creditor,
        debtor,
        contractNo: input.contractNo,
        amount: amount.toString(),
        invoices,
        deliveryDate: input.deliveryDate,
        dueDate: input.dueDate,
        terms,
        lateInterestRate: input.lateInterestRate === undefined ? null : canonicalRate(input.lateInterestRate),
        description: input.description ?? null,
        createdBy: principal.type === 'user' ? principal.id : null,
        importJobId: null,
        importRow: null,
      },
      new Date(),
    );
    const { receivable, invoices: lines } = records;
    await this.receivables.insert(receivable);
    if ((await this.receivables.insertInvoices(lines)) === LIVE_INVOICE_NUMBER_KEY) {
      const taken = await this.receivables.liveInvoiceNumbers(lines.map((l) => l.number));
      throw conflict(
        'INVOICE_ALREADY_REGISTERED',
        `Invoice ${taken.join(', ') || 'number'} is already on another receivable that is not cancelled`,
      );
    }
    await this.auditBatch.recordCreations([registrationAudit(records, actorOf(principal))]);
    await this.outbox.publish(registeredEvent(receivable, debtor));
    await this.notifications.confirmationRequested(receivable, creditor.name);
    return { receivable: Object.assign(receivable, { creditor, debtor }), invoices: lines };
  }

  /** The debtor confirms the debt (确权), in full or in part, possibly with a corrected due date. */
  @Transactional()
  async confirm(principal: Principal, id: string, input: ConfirmationInput): Promise<ReceivableDetails> {
    const receivable = await this.lockForDebtor(principal, id);
    await this.applyConfirmation(principal, receivable, input);
    return this.withInvoices(receivable);
  }

  /**
   * Confirms many receivables in one call, as core enterprises do. Rows are locked in id order (no
   * deadlock with crossing batches); each id gets its own result and one refusal never stops the others.
   */
  @Transactional()
  async confirmMany(principal: Principal, ids: string[], input: ConfirmationInput): Promise<BatchConfirmationResult[]> {
    const unique = [...new Set(ids)];
    const sorted = [...unique].sort();
    const locked = new Map((await this.receivables.lockManyVisible(sorted, principal)).map((r) => [r.id, r]));
    const results = new Map<string, BatchConfirmationResult>();
    for (const id of sorted) {
      const receivable = locked.get(id);
      if (!receivable) {
        results.set(id, { id, ok: false, status: 404, code: 'NOT_FOUND', detail: 'The receivable was not found' });
        continue;
      }
      try {
        this.assertDebtor(principal, receivable, 'confirm');
        await this.applyConfirmation(principal, receivable, input);
        results.set(id, { id, ok: true, receivable: { receivable, invoices: [] } });
      } catch (error) {
        results.set(id, { id, ok: false, ...refusalOf(error) });
      }
    }
    const invoices = await this.receivables.invoicesOf(unique.filter((id) => results.get(id)?.ok));
    return unique.map((id) => {
      const result = results.get(id)!;
      if (result.ok) result.receivable.invoices = invoices.get(id) ?? [];
      return result;
    });
  }

  /** The debtor disputes the receivable with a reason. */
  @Transactional()
  async dispute(principal: Principal, id: string, reason: string): Promise<ReceivableDetails> {
    const receivable = await this.lockForDebtor(principal, id);
    const before = auditSnapshot(receivable);
    assertCanDo(receivable.status, 'dispute');
    Object.assign(receivable, { status: 'DISPUTED', disputeReason: reason, updatedAt: new Date() });
    await this.receivables.update(id, { status: 'DISPUTED', disputeReason: reason, updatedAt: receivable.updatedAt });
    await this.recordChange(principal, receivable, RECEIVABLE_EVENTS.disputed, before);
    await this.outbox.publish(
      receivableEvent(RECEIVABLE_EVENTS.disputed, receivable, { ...this.common(receivable), reason }),
    );
    return this.withInvoices(receivable);
  }

  /** The creditor withdraws a receivable that was not confirmed; its invoices are free again. */
  @Transactional()
  async cancel(principal: Principal, id: string): Promise<ReceivableDetails> {
    const receivable = await this.lockVisible(principal, id);
    if (receivable.creditorId !== principal.enterpriseId) {
      throw forbidden('Only the creditor’s users may cancel a receivable');
    }
    const before = auditSnapshot(receivable);
    assertCanDo(receivable.status, 'cancel');
    Object.assign(receivable, { status: 'CANCELLED', updatedAt: new Date() });
    await this.receivables.update(id, { status: 'CANCELLED', updatedAt: receivable.updatedAt });
    await this.receivables.releaseInvoices(id);
    await this.recordChange(principal, receivable, RECEIVABLE_EVENTS.cancelled, before);
    await this.outbox.publish(receivableEvent(RECEIVABLE_EVENTS.cancelled, receivable, this.common(receivable)));
    return this.withInvoices(receivable);
  }

  /** The debtor records a payment; never more than is outstanding, and nothing left settles it. */
  @Transactional()
  async recordPayment(principal: Principal, id: string, input: NewPayment): Promise<RecordedPayment> {
    const receivable = await this.lockForDebtor(principal, id);
    const before = auditSnapshot(receivable);
    const amount = Money.parse(input.amount);
    const outcome = payment(figuresOf(receivable), amount, input.paidOn, shanghaiDate());
    const now = new Date();
    const paid = Object.assign(new ReceivablePaymentEntity(), {
      id: randomUUID(),
      receivableId: id,
      amount: amount.toString(),
      paidOn: input.paidOn,
      reference: input.reference,
      recordedBy: principal.type === 'user' ? principal.id : null,
      createdAt: now,
    });
    if ((await this.receivables.insertPayment(paid)) === PAYMENT_REFERENCE_KEY) {
      throw conflict('PAYMENT_ALREADY_RECORDED', `A payment with reference ${input.reference} is already recorded`);
    }
    const changes = {
      paidAmount: outcome.paidAmount.toString(),
      status: outcome.settles ? ('SETTLED' as const) : receivable.status,
      settledOn: outcome.settles ? input.paidOn : null,
      updatedAt: now,
    };
    Object.assign(receivable, changes);
    await this.receivables.update(id, changes);
    await this.recordChange(principal, receivable, RECEIVABLE_EVENTS.paymentRecorded, before, { payment: paid });
    const events: DomainEvent[] = [
      receivableEvent(RECEIVABLE_EVENTS.paymentRecorded, receivable, {
        ...this.common(receivable),
        paymentId: paid.id,
        amount: paid.amount,
        paidOn: paid.paidOn,
        outstandingAmount: outcome.outstanding.toString(),
        dueDate: receivable.dueDate,
      }),
    ];
    if (outcome.settles) {
      await this.recordChange(principal, receivable, RECEIVABLE_EVENTS.settled, before);
      events.push(
        receivableEvent(RECEIVABLE_EVENTS.settled, receivable, { ...this.common(receivable), settledOn: input.paidOn }),
      );
    }
    await this.outbox.publish(...events);
    return { payment: paid, receivable: await this.withInvoices(receivable) };
  }

  async get(principal: Principal, id: string): Promise<ReceivableDetails> {
    const receivable = await this.receivables.findVisible(id, principal);
    if (!receivable) throw notFound('The receivable');
    return this.withInvoices(receivable);
  }

  async list(principal: Principal, filter: ReceivableFilter, page: PageQuery): Promise<Page<ReceivableDetails>> {
    const found = await this.receivables.page(principal, filter, shanghaiDate(), page);
    const invoices = await this.receivables.invoicesOf(found.items.map((r) => r.id));
    return {
      items: found.items.map((receivable) => ({ receivable, invoices: invoices.get(receivable.id) ?? [] })),
      nextCursor: found.nextCursor,
    };
  }

  /** The receivable's timeline from the audit trail, for whoever can see the receivable. */
  async timeline(principal: Principal, id: string): Promise<AuditEventEntity[]> {
    if (!(await this.receivables.findVisible(id, principal))) throw notFound('The receivable');
    return this.audit.timeline(id);
  }

  async payments(principal: Principal, id: string): Promise<ReceivablePaymentEntity[]> {
    if (!(await this.receivables.findVisible(id, principal))) throw notFound('The receivable');
    return this.receivables.paymentsOf(id);
  }

  /**
   * For financing (runs in its transaction): locks the caller's receivables in id order, checks each
   * can back a pledge and is in no live request, links them to the request and lets the bank see them.
   */
  @Transactional()
  async lockForFinancing(
    principal: Principal,
    receivableIds: string[],
    financingRequestId: string,
    bankId: string,
  ): Promise<FinanceableReceivable[]> {
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
    await this.receivables.grantBankAccess(ids, bankId, financingRequestId);
    const now = new Date();
    for (const receivable of locked) {
      const before = auditSnapshot(receivable);
      Object.assign(receivable, { financingRequestId, updatedAt: now });
      await this.recordChange(actorOf(principal), receivable, 'receivable.financing_requested', before, { bankId });
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
   * For financing, before the bank commits to or pays out a loan: locks the request's receivables
   * and checks each still backs it (a payment may have settled one since the request was made).
   * Returns what is outstanding on them now.
   */
  @Transactional()
  async lockStillFinanceable(financingRequestId: string): Promise<Money> {
    const linked = await this.receivables.lockByFinancingRequest(financingRequestId);
    const today = shanghaiDate();
    for (const receivable of linked) assertFinanceable(receivable.id, figuresOf(receivable), today);
    return Money.sum(linked.map((r) => outstandingOf(figuresOf(r))));
  }

  /** For financing: the request left the live states; its receivables may back another one. */
  @Transactional()
  async releaseFromFinancing(financingRequestId: string, actor: Actor): Promise<void> {
    const linked = await this.receivables.lockByFinancingRequest(financingRequestId);
    if (linked.length === 0) return;
    await this.receivables.unlinkFinancing(linked.map((r) => r.id));
    const now = new Date();
    for (const receivable of linked) {
      const before = auditSnapshot(receivable);
      Object.assign(receivable, { financingRequestId: null, pledge: null, updatedAt: now });
      await this.recordChange(actor, receivable, 'receivable.financing_released', before, {
        releasedFrom: financingRequestId,
      });
    }
  }

  /**
   * For financing: the pledge is registered and the loan disbursed. The notice is shown to the
   * debtor and its users are told, which makes the pledge effective against it (Civil Code art. 445, 546).
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
      await this.recordChange(actor, receivable, 'receivable.pledged', before);
      await this.notifications.pledgeNotice(receivable, notice);
    }
  }

  private async applyConfirmation(
    principal: Principal,
    receivable: ReceivableEntity,
    input: ConfirmationInput,
  ): Promise<void> {
    const before = auditSnapshot(receivable);
    const terms = confirmation(figuresOf(receivable), {
      confirmedAmount: input.confirmedAmount === undefined ? undefined : Money.parse(input.confirmedAmount),
      dueDate: input.dueDate,
    });
    const debtor = receivable.debtor!;
    const { paymentTermDays, flags } =
      terms.dueDate === receivable.dueDate
        ? { paymentTermDays: receivable.paymentTermDays, flags: receivable.paymentTermFlags }
        : assessTerms({
            deliveryDate: receivable.deliveryDate,
            dueDate: terms.dueDate,
            registeredOn: shanghaiDate(receivable.createdAt),
            debtor,
          });
    const partial = terms.confirmedAmount.lessThan(Money.parse(receivable.amount));
    const now = new Date();
    const changes = {
      status: 'CONFIRMED' as const,
      confirmedAmount: terms.confirmedAmount.toString(),
      dueDate: terms.dueDate,
      paymentTermDays,
      paymentTermFlags: flags,
      disputeReason: partial ? (input.reason ?? null) : null,
      confirmedAt: now,
      updatedAt: now,
    };
    Object.assign(receivable, changes);
    await this.receivables.update(receivable.id, changes);
    await this.recordChange(principal, receivable, RECEIVABLE_EVENTS.confirmed, before);
    await this.outbox.publish(
      receivableEvent(RECEIVABLE_EVENTS.confirmed, receivable, {
        ...this.common(receivable),
        confirmedAmount: changes.confirmedAmount,
        outstandingAmount: outstandingOf(figuresOf(receivable)).toString(),
        dueDate: receivable.dueDate,
        confirmedAt: changes.confirmedAt.toISOString(),
        registeredAt: receivable.createdAt.toISOString(),
      }),
    );
  }

  private async lockVisible(principal: Principal, id: string): Promise<ReceivableEntity> {
    const receivable = await this.receivables.lockVisible(id, principal);
    if (!receivable) throw notFound('The receivable');
    return receivable;
  }

  /** Only an authenticated user of the debtor enterprise confirms, disputes or pays (domain.md § lifecycle 2). */
  private async lockForDebtor(principal: Principal, id: string): Promise<ReceivableEntity> {
    const receivable = await this.lockVisible(principal, id);
    this.assertDebtor(principal, receivable, 'act on');
    return receivable;
  }

  private assertDebtor(principal: Principal, receivable: ReceivableEntity, verb: string): void {
    if (principal.type !== 'user' || receivable.debtorId !== principal.enterpriseId) {
      throw forbidden(`Only the debtor’s users may ${verb} this receivable`);
    }
  }

  private async ownEnterprise(principal: Principal): Promise<EnterpriseEntity> {
    const enterprise = principal.enterpriseId ? await this.enterprises.findById(principal.enterpriseId) : null;
    if (!enterprise) throw forbidden('Only users of an enterprise may register receivables');
    return enterprise;
  }

  private async debtorFor(uscc: string, creditor: EnterpriseEntity): Promise<EnterpriseEntity> {
    const debtor = await this.enterprises.findByUscc(uscc);
    if (!debtor) {
      throw ruleViolation('DEBTOR_NOT_REGISTERED', `No enterprise with credit code ${uscc} is registered`);
    }
    if (debtor.id === creditor.id) throw ruleViolation('SELF_DEALING', 'An enterprise cannot be its own debtor');
    return debtor;
  }

  private common(receivable: ReceivableEntity) {
    return commonFields(receivable, receivable.debtor!.industry);
  }

  private async withInvoices(receivable: ReceivableEntity): Promise<ReceivableDetails> {
    const invoices = await this.receivables.invoicesOf([receivable.id]);
    return { receivable, invoices: invoices.get(receivable.id) ?? [] };
  }

  private async recordChange(
    who: Principal | Actor,
    receivable: ReceivableEntity,
    action: string,
    before: object,
    extra: object = {},
  ): Promise<void> {
    await this.audit.record({
      entityType: ENTITY,
      entityId: receivable.id,
      action,
      actor: 'role' in who ? actorOf(who) : who,
      jurisdictions: [receivable.creditorCityCode, receivable.debtorCityCode],
      before,
      after: { ...auditSnapshot(receivable), ...extra },
    });
  }
}

/** A refusal of one id in a batch, with the status the HTTP edge would have answered alone. */
function refusalOf(error: unknown): { status: number; code: string; detail: string } {
  if (!(error instanceof DomainError)) throw error;
  return { status: STATUS_OF_KIND[error.kind], code: error.code, detail: error.message };
}

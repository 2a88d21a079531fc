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
import { AuditBatch, Outbox, STATUS_OF_KIND, actorOf, type DomainEvent, type Principal } from '@gqt/platform';
import { randomUUID } from 'node:crypto';
import { canonicalRate } from './domain/loan-prime-rate';
import { assessTerms } from './domain/payment-terms';
import { confirmation, outstandingOf, payment } from './domain/receivable';
import { assertCanDo } from './domain/receivable-status';
import { validateRegistration, type InvoiceLine } from './domain/registration';
import { ReceivableAuditTrail } from './receivable-audit-trail';
import { auditSnapshot, figuresOf, type ReceivableDetails } from './receivable-details';
import { RECEIVABLE_EVENTS, commonFields, receivableEvent } from './receivable-events';
import { ReceivableNotifications } from './receivable-notifications';
import { ReceivablePaymentEntity } from './receivable-payment.entity';
import type { ReceivableEntity } from './receivable.entity';
import { PAYMENT_REFERENCE_KEY, ReceivablesRepository } from './receivables.repository';
import { newReceivableRecords, registeredEvent, registrationAudit } from './new-receivable';

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

export interface RecordedPayment {
  payment: ReceivablePaymentEntity;
  receivable: ReceivableDetails;
}

/** A receivable's life (domain.md § lifecycle): one transaction per business action, audited and published. */
@Injectable()
export class ReceivableLifecycleService {
  constructor(
    private readonly receivables: ReceivablesRepository,
    private readonly enterprises: EnterprisesService,
    private readonly trail: ReceivableAuditTrail,
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
    await this.receivables.insertRegistration(receivable, lines);
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
    return this.receivables.detailsOf(receivable);
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
    await this.receivables.saveLifecycle(receivable);
    await this.trail.recordChange(principal, receivable, RECEIVABLE_EVENTS.disputed, before);
    await this.outbox.publish(
      receivableEvent(RECEIVABLE_EVENTS.disputed, receivable, { ...this.common(receivable), reason }),
    );
    return this.receivables.detailsOf(receivable);
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
    await this.receivables.saveLifecycle(receivable);
    await this.receivables.releaseInvoices(id);
    await this.trail.recordChange(principal, receivable, RECEIVABLE_EVENTS.cancelled, before);
    await this.outbox.publish(receivableEvent(RECEIVABLE_EVENTS.cancelled, receivable, this.common(receivable)));
    return this.receivables.detailsOf(receivable);
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
    Object.assign(receivable, {
      paidAmount: outcome.paidAmount.toString(),
      status: outcome.settles ? ('SETTLED' as const) : receivable.status,
      settledOn: outcome.settles ? input.paidOn : null,
      updatedAt: now,
    });
    await this.receivables.saveLifecycle(receivable);
    await this.trail.recordChange(principal, receivable, RECEIVABLE_EVENTS.paymentRecorded, before, { payment: paid });
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
      await this.trail.recordChange(principal, receivable, RECEIVABLE_EVENTS.settled, before);
      events.push(
        receivableEvent(RECEIVABLE_EVENTS.settled, receivable, { ...this.common(receivable), settledOn: input.paidOn }),
      );
    }
    await this.outbox.publish(...events);
    return { payment: paid, receivable: await this.receivables.detailsOf(receivable) };
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
    Object.assign(receivable, {
      status: 'CONFIRMED' as const,
      confirmedAmount: terms.confirmedAmount.toString(),
      dueDate: terms.dueDate,
      paymentTermDays,
      paymentTermFlags: flags,
      disputeReason: partial ? (input.reason ?? null) : null,
      confirmedAt: now,
      updatedAt: now,
    });
    await this.receivables.saveLifecycle(receivable);
    await this.trail.recordChange(principal, receivable, RECEIVABLE_EVENTS.confirmed, before);
    await this.outbox.publish(
      receivableEvent(RECEIVABLE_EVENTS.confirmed, receivable, {
        ...this.common(receivable),
        confirmedAmount: terms.confirmedAmount.toString(),
        amount: receivable.amount,
        reason: receivable.disputeReason,
        outstandingAmount: outstandingOf(figuresOf(receivable)).toString(),
        dueDate: receivable.dueDate,
        confirmedAt: now.toISOString(),
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
}

/** A refusal of one id in a batch, with the status the HTTP edge would have answered alone. */
function refusalOf(error: unknown): { status: number; code: string; detail: string } {
  if (!(error instanceof DomainError)) throw error;
  return { status: STATUS_OF_KIND[error.kind], code: error.code, detail: error.message };
}

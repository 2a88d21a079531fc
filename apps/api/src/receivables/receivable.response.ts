import {
  daysOverdue,
  expectedPaymentDate,
  figuresOf,
  outstandingOf,
  treeIdOf,
  type BatchConfirmationResult,
  type PaymentTermFlag,
  type PledgeNotice,
  type ReceivableDetails,
  type ReceivablePaymentEntity,
  type ReceivableStatus,
} from '@gqt/receivables';
import { IdField, IntField, MoneyField, type AuditEventEntity } from '@gqt/platform';
import { IsOptional } from 'class-validator';
import { EnterpriseSummary } from '../enterprises/enterprise.response';

export class InvoiceResponse {
  /** Normalised. @example "26452000000012345678" */
  number!: string;

  /** @example "300000.00" */
  amount!: string;

  /** @example "2026-11-02" */
  issueDate!: string;
}

export class RepaymentAccountResponse {
  /** @example "广西北部湾示范银行贺州分行" */
  bankName!: string;

  /** @example "6222020200012345678" */
  accountNo!: string;
}

export class PledgeResponse implements PledgeNotice {
  financingRequestId!: string;

  bankId!: string;

  /** @example "广西北部湾示范银行股份有限公司" */
  bankName!: string;

  /** The pledge's number in the national movable-property financing registry (中登网). @example "04512345678901234567" */
  registrationNo!: string;

  /** @example "2026-12-01" */
  disbursedOn!: string;

  /** The debtor pays the pledgee bank from now on (Civil Code art. 445). */
  paymentToPledgee!: true;

  /** Where the debtor pays, when the bank named an account (always for contract financing, 政采贷). */
  repaymentAccount?: RepaymentAccountResponse;
}

export class ReceivableResponse {
  id!: string;

  /** @example "CONFIRMED" */
  status!: ReceivableStatus;

  creditor!: EnterpriseSummary;

  debtor!: EnterpriseSummary;

  /** @example "500000.50" */
  amount!: string;

  /** What the debtor confirmed (确权); null before confirmation. @example "500000.50" */
  confirmedAmount!: string | null;

  /** Part of the amount the debtor did not confirm (a partial confirmation). @example "0.00" */
  disputedAmount!: string;

  /** Confirmed less paid and passed on once confirmed; the claimed amount while pending; 0 otherwise. @example "300000.50" */
  outstandingAmount!: string;

  /** @example "200000.00" */
  paidAmount!: string;

  /** @example "HT-2026-0042" */
  contractNo!: string;

  invoices!: InvoiceResponse[];

  /** @example "2026-11-02" */
  deliveryDate!: string;

  /** @example "2027-01-01" */
  dueDate!: string;

  /** When the creditor can expect its money; null when nothing is expected any more. @example "2027-01-01" */
  expectedPaymentDate!: string | null;

  /** Days from delivery to due date. @example 60 */
  paymentTermDays!: number;

  /**
   * Terms the SME Payment Regulation (2025) art. 9 or the e-voucher rules (银发〔2025〕77号) flag:
   * PUBLIC_BUYER_TERM_OVER_60_DAYS, LARGE_BUYER_TERM_OVER_60_DAYS, TENOR_OVER_180_DAYS.
   * @example []
   */
  paymentTermFlags!: PaymentTermFlag[];

  /** The agreed annual late-payment rate; null means the statutory 0.05 % a day. @example "0.0365" */
  lateInterestRate!: string | null;

  description!: string | null;

  confirmedAt!: Date | null;

  /** The debtor's reason for a dispute, or for confirming only part. */
  disputeReason!: string | null;

  /** The day the last payment settled it. @example "2027-01-01" */
  settledOn!: string | null;

  /** Days past the due date with confirmed money outstanding (Asia/Shanghai); 0 when not overdue. @example 0 */
  daysOverdue!: number;

  /** The live financing request it backs, if any. */
  financingRequestId!: string | null;

  /** The pledge notice once the bank registered the pledge and disbursed. */
  pledge!: PledgeResponse | null;

  /** What its holder (the creditor) passed on as pieces to others. @example "30000.00" */
  @MoneyField()
  transferredAmount!: string;

  /** The receivable this piece was split from; null on a receivable that is no piece. */
  @IsOptional()
  @IdField()
  parentId!: string | null;

  /** The root of its tree: its own id unless it is a piece. */
  @IdField()
  rootId!: string;

  /** The root is tier 1, a piece of it tier 2, and so on. @example 1 */
  @IntField(1, 99)
  tier!: number;

  createdAt!: Date;

  updatedAt!: Date;

  static of({ receivable: r, invoices }: ReceivableDetails, today: string): ReceivableResponse {
    const figures = figuresOf(r);
    return {
      id: r.id,
      status: r.status,
      creditor: EnterpriseSummary.of(r.creditor!),
      debtor: EnterpriseSummary.of(r.debtor!),
      amount: r.amount,
      confirmedAmount: r.confirmedAmount,
      disputedAmount: figures.confirmedAmount ? figures.amount.minus(figures.confirmedAmount).toString() : '0.00',
      outstandingAmount: outstandingOf(figures).toString(),
      paidAmount: r.paidAmount,
      contractNo: r.contractNo,
      invoices: invoices.map((i) => ({ number: i.number, amount: i.amount, issueDate: i.issueDate })),
      deliveryDate: r.deliveryDate,
      dueDate: r.dueDate,
      expectedPaymentDate: expectedPaymentDate(figures),
      paymentTermDays: r.paymentTermDays,
      paymentTermFlags: r.paymentTermFlags,
      lateInterestRate: r.lateInterestRate,
      description: r.description,
      confirmedAt: r.confirmedAt,
      disputeReason: r.disputeReason,
      settledOn: r.settledOn,
      daysOverdue: daysOverdue(figures, today),
      financingRequestId: r.financingRequestId,
      pledge: r.pledge,
      transferredAmount: r.transferredAmount,
      parentId: r.parentId,
      rootId: treeIdOf(r),
      tier: r.tier,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
  }
}

export class ReceivablePage {
  items!: ReceivableResponse[];

  nextCursor!: string | null;
}

export class BatchConfirmationItem {
  id!: string;

  /** Whether this receivable was confirmed. */
  ok!: boolean;

  /** When refused: the status a single confirmation would have answered. @example 409 */
  status?: number;

  /** When refused. @example "INVALID_STATE" */
  code?: string;

  detail?: string;

  /** When confirmed. */
  receivable?: ReceivableResponse;

  static of(result: BatchConfirmationResult, today: string): BatchConfirmationItem {
    return result.ok
      ? { id: result.id, ok: true, receivable: ReceivableResponse.of(result.receivable, today) }
      : { id: result.id, ok: false, status: result.status, code: result.code, detail: result.detail };
  }
}

export class BatchConfirmationResponse {
  /** One result per id, in the order asked. */
  results!: BatchConfirmationItem[];

  /** @example 2 */
  confirmed!: number;

  /** @example 0 */
  refused!: number;
}

export class PaymentResponse {
  id!: string;

  receivableId!: string;

  /** @example "200000.00" */
  amount!: string;

  /** @example "2026-12-20" */
  paidOn!: string;

  /** @example "CMB-20261220-000123" */
  reference!: string;

  createdAt!: Date;

  static of(p: ReceivablePaymentEntity): PaymentResponse {
    return {
      id: p.id,
      receivableId: p.receivableId,
      amount: p.amount,
      paidOn: p.paidOn,
      reference: p.reference,
      createdAt: p.createdAt,
    };
  }
}

export class PaymentRecordedResponse {
  payment!: PaymentResponse;

  /** The receivable after the payment (SETTLED when nothing is outstanding). */
  receivable!: ReceivableResponse;
}

export class PaymentList {
  items!: PaymentResponse[];

  /** Always null: the payments come whole. */
  nextCursor!: string | null;
}

export class TimelineActor {
  /** @example "user" */
  type!: string;

  /** @example "demo-core" */
  name!: string;
}

export class TimelineEntry {
  /** @example "receivable.confirmed" */
  action!: string;

  occurredAt!: Date;

  actor!: TimelineActor;

  /** The receivable's status after this step. @example "CONFIRMED" */
  status!: string | null;

  /** The step's figures, e.g. a payment's amount and day. */
  details!: object | null;

  static of(event: AuditEventEntity): TimelineEntry {
    const after = (event.after ?? {}) as Record<string, unknown>;
    const keys = TIMELINE_DETAILS[event.action] ?? [];
    const details = Object.fromEntries(keys.filter((key) => after[key] != null).map((key) => [key, after[key]]));
    return {
      action: event.action,
      occurredAt: event.occurredAt,
      actor: { type: event.actorType, name: event.actorName },
      status: typeof after.status === 'string' ? after.status : null,
      details: keys.length > 0 ? details : null,
    };
  }
}

/** What each step of the timeline shows of the audit record. */
const TIMELINE_DETAILS: Record<string, string[]> = {
  'receivable.registered': ['amount', 'dueDate', 'invoices'],
  'receivable.confirmed': ['confirmedAmount', 'dueDate', 'disputeReason'],
  'receivable.disputed': ['disputeReason'],
  'receivable.payment_recorded': ['payment', 'paidAmount'],
  'receivable.settled': ['settledOn'],
  'receivable.financing_requested': ['financingRequestId', 'bankId'],
  'receivable.financing_released': ['releasedFrom'],
  'receivable.pledged': ['pledge'],
  'receivable.transferred': ['transfer', 'transferredAmount'],
  'receivable.piece_created': ['transfer', 'amount', 'parentId', 'tier'],
};

export class TimelineResponse {
  /** Oldest first. */
  items!: TimelineEntry[];

  /** Always null: the timeline comes whole. */
  nextCursor!: string | null;
}

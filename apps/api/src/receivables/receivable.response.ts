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
import {
  DateField,
  EnumField,
  IdField,
  IntField,
  ListField,
  MoneyField,
  RateField,
  TextField,
  TimestampField,
  type AuditEventEntity,
} from '@gqt/platform';
import { IsOptional } from 'class-validator';
import { PAYMENT_TERM_FLAGS, RECEIVABLE_STATUSES } from '@gqt/contracts';
import { CodeField, NameField, NextCursorField } from '../common/fields';
import { EnterpriseSummary } from '../enterprises/enterprise.response';

/** Days a receivable can be overdue or run: far beyond any real term, a bound for clients. */
const MAX_DAYS = 100_000;

export class InvoiceResponse {
  /** Normalised. @example "26452000000012345678" */
  @TextField(40)
  number!: string;

  /** @example "300000.00" */
  @MoneyField()
  amount!: string;

  /** @example "2026-11-02" */
  @DateField()
  issueDate!: string;
}

export class RepaymentAccountResponse {
  /** @example "广西北部湾示范银行贺州分行" */
  @NameField()
  bankName!: string;

  /** @example "6222020200012345678" */
  @TextField(40, { pattern: /^[0-9A-Za-z-]{6,40}$/ })
  accountNo!: string;
}

export class PledgeResponse implements PledgeNotice {
  @IdField()
  financingRequestId!: string;

  @IdField()
  bankId!: string;

  /** @example "广西北部湾示范银行股份有限公司" */
  @NameField()
  bankName!: string;

  /** The pledge's number in the national movable-property financing registry (中登网). @example "04512345678901234567" */
  @TextField(40, { pattern: /^[A-Za-z0-9]{1,40}$/ })
  registrationNo!: string;

  /** @example "2026-12-01" */
  @DateField()
  disbursedOn!: string;

  /** The debtor pays the pledgee bank from now on (Civil Code art. 445). */
  paymentToPledgee!: true;

  /** Where the debtor pays, when the bank named an account (always for contract financing, 政采贷). */
  repaymentAccount?: RepaymentAccountResponse;
}

export class ReceivableResponse {
  @IdField()
  id!: string;

  /** @example "CONFIRMED" */
  @EnumField(RECEIVABLE_STATUSES, 'ReceivableStatus')
  status!: ReceivableStatus;

  creditor!: EnterpriseSummary;

  debtor!: EnterpriseSummary;

  /** @example "500000.50" */
  @MoneyField()
  amount!: string;

  /** What the debtor confirmed (确权); null before confirmation. @example "500000.50" */
  @MoneyField()
  confirmedAmount!: string | null;

  /** Part of the amount the debtor did not confirm (a partial confirmation). @example "0.00" */
  @MoneyField()
  disputedAmount!: string;

  /** Confirmed less paid and passed on once confirmed; the claimed amount while pending; 0 otherwise. @example "300000.50" */
  @MoneyField()
  outstandingAmount!: string;

  /** @example "200000.00" */
  @MoneyField()
  paidAmount!: string;

  /** @example "HT-2026-0042" */
  @TextField(100)
  contractNo!: string;

  @ListField({ maxItems: 200, of: InvoiceResponse })
  invoices!: InvoiceResponse[];

  /** @example "2026-11-02" */
  @DateField()
  deliveryDate!: string;

  /** @example "2027-01-01" */
  @DateField()
  dueDate!: string;

  /** When the creditor can expect its money; null when nothing is expected any more. @example "2027-01-01" */
  @DateField()
  expectedPaymentDate!: string | null;

  /** Days from delivery to due date. @example 60 */
  @IntField(0, MAX_DAYS)
  paymentTermDays!: number;

  /**
   * Terms the SME Payment Regulation (2025) art. 9 or the e-voucher rules (银发〔2025〕77号) flag:
   * PUBLIC_BUYER_TERM_OVER_60_DAYS, LARGE_BUYER_TERM_OVER_60_DAYS, TENOR_OVER_180_DAYS.
   * @example []
   */
  @ListField({ maxItems: PAYMENT_TERM_FLAGS.length })
  @EnumField(PAYMENT_TERM_FLAGS, 'PaymentTermFlag', { each: true })
  paymentTermFlags!: PaymentTermFlag[];

  /** The agreed annual late-payment rate; null means the statutory 0.05 % a day. @example "0.0365" */
  @RateField()
  lateInterestRate!: string | null;

  @TextField(2000)
  description!: string | null;

  @TimestampField()
  confirmedAt!: Date | null;

  /** The debtor's reason for a dispute, or for confirming only part. */
  @TextField(2000)
  disputeReason!: string | null;

  /** The day the last payment settled it. @example "2027-01-01" */
  @DateField()
  settledOn!: string | null;

  /** Days past the due date with confirmed money outstanding (Asia/Shanghai); 0 when not overdue. @example 0 */
  @IntField(0, MAX_DAYS)
  daysOverdue!: number;

  /** The live financing request it backs, if any. */
  @IdField()
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

  @TimestampField()
  createdAt!: Date;

  @TimestampField()
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
  @ListField({ maxItems: 200, of: ReceivableResponse })
  items!: ReceivableResponse[];

  @NextCursorField()
  nextCursor!: string | null;

  /** With `withTotal=true`: how many receivables the filter matches in all. @example 128 */
  @IsOptional()
  @IntField(0, 100_000_000)
  total?: number;
}

export class BatchConfirmationItem {
  @IdField()
  id!: string;

  /** Whether this receivable was confirmed. */
  ok!: boolean;

  /** When refused: the status a single confirmation would have answered. @example 409 */
  @IntField(400, 499)
  status?: number;

  /** When refused. @example "INVALID_STATE" */
  @CodeField()
  code?: string;

  @TextField(2000)
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
  @ListField({ maxItems: 200, of: BatchConfirmationItem })
  results!: BatchConfirmationItem[];

  /** @example 2 */
  @IntField(0, 200)
  confirmed!: number;

  /** @example 0 */
  @IntField(0, 200)
  refused!: number;
}

export class PaymentResponse {
  @IdField()
  id!: string;

  @IdField()
  receivableId!: string;

  /** @example "200000.00" */
  @MoneyField()
  amount!: string;

  /** @example "2026-12-20" */
  @DateField()
  paidOn!: string;

  /** @example "CMB-20261220-000123" */
  @TextField(100)
  reference!: string;

  @TimestampField()
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
  @ListField({ maxItems: 10_000, of: PaymentResponse })
  items!: PaymentResponse[];

  /** Always null: the payments come whole. */
  @NextCursorField()
  nextCursor!: string | null;
}

export class TimelineActor {
  /** @example "user" */
  @EnumField(['user', 'client', 'system'], 'ActorType')
  type!: string;

  /** @example "demo-core" */
  @NameField()
  name!: string;
}

export class TimelineEntry {
  /** @example "receivable.confirmed" */
  @CodeField()
  action!: string;

  @TimestampField()
  occurredAt!: Date;

  actor!: TimelineActor;

  /** The receivable's status after this step. @example "CONFIRMED" */
  @EnumField(RECEIVABLE_STATUSES, 'ReceivableStatus')
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
  @ListField({ maxItems: 10_000, of: TimelineEntry })
  items!: TimelineEntry[];

  /** Always null: the timeline comes whole. */
  @NextCursorField()
  nextCursor!: string | null;
}

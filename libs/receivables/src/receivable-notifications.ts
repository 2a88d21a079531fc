import { Injectable } from '@nestjs/common';
import { EnterprisesService } from '@gqt/enterprises';
import { NotificationsService } from '@gqt/notifications';
import type {
  ReceivableCancelledPayload,
  ReceivableConfirmedPayload,
  ReceivableDisputedPayload,
  ReceivablePaymentRecordedPayload,
  ReceivablePieceCreatedPayload,
  ReceivableSettledPayload,
} from './receivable-events';
import type { PledgeNotice, ReceivableEntity } from './receivable.entity';

const ENTITY = 'receivable';

/** What the parties' users are told, in their inbox; runs in the caller's transaction. */
@Injectable()
export class ReceivableNotifications {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly enterprises: EnterprisesService,
  ) {}

  /**
   * The debtor is asked to confirm (确权) inside the platform. Written in the registration's own
   * transaction rather than by an event handler: a handler would cost a job per receivable of a
   * 100,000-row import, whose debtors are told once per file instead.
   */
  async confirmationRequested(receivable: ReceivableEntity, creditorName: string): Promise<void> {
    await this.notifications.notifyEnterprise(receivable.debtorId, {
      kind: 'receivable.confirmation_requested',
      title: `请确认应收账款 ${receivable.contractNo}`,
      body: `${creditorName} 登记了合同 ${receivable.contractNo} 项下应收贵司 ¥${receivable.amount} 的账款（到期日 ${receivable.dueDate}），请在平台内确认或提出异议。`,
      en: {
        title: `Please confirm receivable ${receivable.contractNo}`,
        body: `${creditorName} registered ¥${receivable.amount} owed by your company under contract ${receivable.contractNo} (due ${receivable.dueDate}). Please confirm it or dispute it in the platform.`,
      },
      entityType: ENTITY,
      entityId: receivable.id,
    });
  }

  /** A file import registered many receivables for one debtor: one request for all of them. */
  async importedForConfirmation(creditorId: string, debtorId: string, count: number, jobId: string): Promise<void> {
    const creditor = await this.nameOf(creditorId);
    await this.notifications.notifyEnterprise(debtorId, {
      kind: 'receivable.confirmation_requested',
      title: `请确认 ${creditor} 批量登记的 ${count} 笔应收账款`,
      body: `${creditor} 通过文件导入登记了应收贵司的 ${count} 笔账款，请在平台内逐笔或批量确认，或提出异议。`,
      en: {
        title: `Please confirm the ${count} receivables ${creditor} imported`,
        body: `${creditor} registered ${count} receivables owed by your company from a file. Please confirm them one by one or in a batch, or dispute them, in the platform.`,
      },
      entityType: 'job',
      entityId: jobId,
    });
  }

  async confirmed(event: ReceivableConfirmedPayload): Promise<void> {
    const debtor = await this.nameOf(event.debtorId);
    // A partial confirmation says so, and why: the supplier must learn what is not confirmed.
    const partial = event.amount !== undefined && event.confirmedAmount !== event.amount;
    await this.notifications.notifyEnterprise(event.creditorId, {
      kind: 'receivable.confirmed',
      title: partial ? `应收账款 ${event.contractNo} 已部分确权` : `应收账款 ${event.contractNo} 已确权`,
      body: partial
        ? `${debtor} 只确认了合同 ${event.contractNo} 项下 ¥${event.amount} 中的 ¥${event.confirmedAmount}，到期日 ${event.dueDate}。未确认部分的原因：${event.reason ?? '未说明'}`
        : `${debtor} 确认了合同 ${event.contractNo} 项下 ¥${event.confirmedAmount} 的账款，到期日 ${event.dueDate}。`,
      en: partial
        ? {
            title: `Receivable ${event.contractNo} partly confirmed`,
            body: `${debtor} confirmed only ¥${event.confirmedAmount} of the ¥${event.amount} under contract ${event.contractNo}, due ${event.dueDate}. Why the rest is not confirmed: ${event.reason ?? 'not stated'}`,
          }
        : {
            title: `Receivable ${event.contractNo} confirmed`,
            body: `${debtor} confirmed ¥${event.confirmedAmount} under contract ${event.contractNo}, due ${event.dueDate}.`,
          },
      entityType: ENTITY,
      entityId: event.receivableId,
    });
  }

  async disputed(event: ReceivableDisputedPayload): Promise<void> {
    const debtor = await this.nameOf(event.debtorId);
    await this.notifications.notifyEnterprise(event.creditorId, {
      kind: 'receivable.disputed',
      title: `应收账款 ${event.contractNo} 被提出异议`,
      body: `${debtor} 对合同 ${event.contractNo} 项下的账款提出异议：${event.reason}`,
      en: {
        title: `Receivable ${event.contractNo} disputed`,
        body: `${debtor} disputes the receivable under contract ${event.contractNo}: ${event.reason}`,
      },
      entityType: ENTITY,
      entityId: event.receivableId,
    });
  }

  async cancelled(event: ReceivableCancelledPayload): Promise<void> {
    const creditor = await this.nameOf(event.creditorId);
    await this.notifications.notifyEnterprise(event.debtorId, {
      kind: 'receivable.cancelled',
      title: `应收账款 ${event.contractNo} 已撤销`,
      body: `${creditor} 撤销了合同 ${event.contractNo} 项下的应收账款登记，无需再确认。`,
      en: {
        title: `Receivable ${event.contractNo} cancelled`,
        body: `${creditor} cancelled the receivable registered under contract ${event.contractNo}; it no longer needs your confirmation.`,
      },
      entityType: ENTITY,
      entityId: event.receivableId,
    });
  }

  async paymentRecorded(event: ReceivablePaymentRecordedPayload): Promise<void> {
    const debtor = await this.nameOf(event.debtorId);
    await this.notifications.notifyEnterprise(event.creditorId, {
      kind: 'receivable.payment_recorded',
      title: `应收账款 ${event.contractNo} 收到付款 ¥${event.amount}`,
      body: `${debtor} 于 ${event.paidOn} 支付 ¥${event.amount}，尚余 ¥${event.outstandingAmount} 未付。`,
      en: {
        title: `Payment of ¥${event.amount} on receivable ${event.contractNo}`,
        body: `${debtor} paid ¥${event.amount} on ${event.paidOn}; ¥${event.outstandingAmount} is still outstanding.`,
      },
      entityType: ENTITY,
      entityId: event.receivableId,
    });
  }

  async settled(event: ReceivableSettledPayload): Promise<void> {
    await this.notifications.notifyEnterprise(event.creditorId, {
      kind: 'receivable.settled',
      title: `应收账款 ${event.contractNo} 已结清`,
      body: `合同 ${event.contractNo} 项下的账款已于 ${event.settledOn} 全部付清。`,
      en: {
        title: `Receivable ${event.contractNo} settled`,
        body: `The receivable under contract ${event.contractNo} was paid in full on ${event.settledOn}.`,
      },
      entityType: ENTITY,
      entityId: event.receivableId,
    });
  }

  /** The pledge notice to the debtor: from now on it pays the pledgee bank (Civil Code art. 445, 546). */
  async pledgeNotice(receivable: ReceivableEntity, notice: PledgeNotice): Promise<void> {
    await this.notifications.notifyEnterprise(receivable.debtorId, {
      kind: 'receivable.pledged',
      title: `应收账款 ${receivable.contractNo} 已出质给 ${notice.bankName}`,
      body:
        `合同 ${receivable.contractNo} 项下的应收账款已出质给 ${notice.bankName}，` +
        `中登网登记编号 ${notice.registrationNo}。` +
        (notice.repaymentAccount
          ? `请将款项支付至回款账户：${notice.repaymentAccount.bankName} ${notice.repaymentAccount.accountNo}。`
          : '请按质权人指示向其付款。'),
      en: {
        title: `Receivable ${receivable.contractNo} pledged to ${notice.bankName}`,
        body:
          `The receivable under contract ${receivable.contractNo} is pledged to ${notice.bankName}, ` +
          `registration number ${notice.registrationNo} in the national financing registry. ` +
          (notice.repaymentAccount
            ? `Please pay into the repayment account ${notice.repaymentAccount.bankName} ${notice.repaymentAccount.accountNo}.`
            : 'Please pay the pledgee as it instructs.'),
      },
      entityType: ENTITY,
      entityId: receivable.id,
    });
  }

  /**
   * A piece changed hands: its new holder is told what it holds, and the debtor whom it pays it to
   * on the due date (an assignment binds the debtor once it is notified: Civil Code art. 546).
   */
  async pieceTransferred(event: ReceivablePieceCreatedPayload): Promise<void> {
    const [from, debtor] = [await this.nameOf(event.fromEnterpriseId), await this.nameOf(event.debtorId)];
    const holder = await this.nameOf(event.creditorId);
    await this.notifications.notifyEnterprise(event.creditorId, {
      kind: 'receivable.piece_received',
      title: `${from} 向贵司转让应收账款 ¥${event.amount}`,
      body: `${from} 将其对 ${debtor} 的应收账款（合同 ${event.contractNo}）中的 ¥${event.amount} 转让给贵司，到期日 ${event.dueDate}，届时由 ${debtor} 向贵司付款。`,
      en: {
        title: `${from} transferred ¥${event.amount} of a receivable to your company`,
        body: `${from} transferred ¥${event.amount} of its receivable on ${debtor} (contract ${event.contractNo}) to your company, due ${event.dueDate}; ${debtor} will pay your company then.`,
      },
      entityType: ENTITY,
      entityId: event.receivableId,
    });
    await this.notifications.notifyEnterprise(event.debtorId, {
      kind: 'receivable.transfer_notice',
      title: `应收账款 ${event.contractNo} 中的 ¥${event.amount} 已转让给 ${holder}`,
      body: `${from} 已将合同 ${event.contractNo} 项下应收贵司账款中的 ¥${event.amount} 转让给 ${holder}，请于到期日 ${event.dueDate} 向 ${holder} 支付该部分。`,
      en: {
        title: `¥${event.amount} of receivable ${event.contractNo} transferred to ${holder}`,
        body: `${from} transferred ¥${event.amount} of what your company owes under contract ${event.contractNo} to ${holder}. Please pay that part to ${holder} on the due date ${event.dueDate}.`,
      },
      entityType: ENTITY,
      entityId: event.receivableId,
    });
  }

  private async nameOf(enterpriseId: string): Promise<string> {
    return (await this.enterprises.findById(enterpriseId))?.name ?? '对方企业';
  }
}

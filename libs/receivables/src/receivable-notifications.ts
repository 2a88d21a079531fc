import { Injectable } from '@nestjs/common';
import { EnterprisesService } from '@gqt/enterprises';
import { NotificationsService } from '@gqt/notifications';
import type {
  ReceivableCancelledPayload,
  ReceivableConfirmedPayload,
  ReceivableDisputedPayload,
  ReceivablePaymentRecordedPayload,
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
      entityType: 'job',
      entityId: jobId,
    });
  }

  async confirmed(event: ReceivableConfirmedPayload): Promise<void> {
    const debtor = await this.nameOf(event.debtorId);
    await this.notifications.notifyEnterprise(event.creditorId, {
      kind: 'receivable.confirmed',
      title: `应收账款 ${event.contractNo} 已确权`,
      body: `${debtor} 确认了合同 ${event.contractNo} 项下 ¥${event.confirmedAmount} 的账款，到期日 ${event.dueDate}。`,
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
      entityType: ENTITY,
      entityId: event.receivableId,
    });
  }

  async settled(event: ReceivableSettledPayload): Promise<void> {
    await this.notifications.notifyEnterprise(event.creditorId, {
      kind: 'receivable.settled',
      title: `应收账款 ${event.contractNo} 已结清`,
      body: `合同 ${event.contractNo} 项下的账款已于 ${event.settledOn} 全部付清。`,
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
      entityType: ENTITY,
      entityId: receivable.id,
    });
  }

  private async nameOf(enterpriseId: string): Promise<string> {
    return (await this.enterprises.findById(enterpriseId))?.name ?? '对方企业';
  }
}

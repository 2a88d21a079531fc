import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@gqt/notifications';
import type { PledgeNotice } from '@gqt/receivables';
import type { ProcurementAwardEntity } from './procurement-award.entity';

const ENTITY = 'procurement_award';

/** What the parties of a government contract are told, in their inboxes; runs in the caller's transaction. */
@Injectable()
export class ProcurementNotifications {
  constructor(private readonly notifications: NotificationsService) {}

  async awarded(award: ProcurementAwardEntity, unitName: string): Promise<void> {
    await this.notifications.notifyEnterprise(award.supplierId, {
      kind: 'procurement_award.signed',
      title: `政府采购合同 ${award.contractNo} 已登记`,
      body: `${unitName} 登记了与贵司签订的政府采购合同 ${award.contractNo}，金额 ¥${award.amount}，签订日 ${award.signedOn}。验收后形成应收账款；贵司也可凭合同申请政府采购合同融资（政采贷）。`,
      en: {
        title: `Procurement contract ${award.contractNo} recorded`,
        body: `${unitName} recorded its procurement contract ${award.contractNo} with your company: ¥${award.amount}, signed ${award.signedOn}. Accepted deliveries become receivables; your company may also finance the contract.`,
      },
      entityType: ENTITY,
      entityId: award.id,
    });
  }

  /** The purchaser learns where to pay: the bank's repayment account (政采贷). */
  async pledged(award: ProcurementAwardEntity, notice: PledgeNotice): Promise<void> {
    const account = notice.repaymentAccount;
    await this.notifications.notifyEnterprise(award.unitId, {
      kind: 'procurement_award.pledged',
      title: `政府采购合同 ${award.contractNo} 已办理融资，请向回款账户付款`,
      body:
        `${notice.bankName} 已凭合同 ${award.contractNo} 向供应商放款（中登网登记编号 ${notice.registrationNo}）。` +
        (account ? `此后该合同项下款项请支付至：${account.bankName} ${account.accountNo}。` : ''),
      en: {
        title: `Procurement contract ${award.contractNo} financed: pay into the repayment account`,
        body:
          `${notice.bankName} lent to the supplier against contract ${award.contractNo} (registration ${notice.registrationNo}). ` +
          (account ? `From now on pay what the contract owes into ${account.bankName} ${account.accountNo}.` : ''),
      },
      entityType: ENTITY,
      entityId: award.id,
    });
  }
}

import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@gqt/notifications';
import { FINANCING_EVENTS, type FinancingEventType } from './financing-events';
import type { FinancingRequestView } from './financing-request-view';

type Text = { title: string; body: string };
type Message = (r: FinancingRequestView) => Text & { en: Text };

// The rate as people read it: "0.0435" → "4.35%" (exact, without floating point).
const percent = (rate: string | null): string => {
  if (rate === null) return '—';
  const [whole, fraction = ''] = rate.split('.');
  const digits = `${whole}${fraction.padEnd(2, '0')}`;
  const cut = whole.length + 2;
  const shown = `${digits.slice(0, cut).replace(/^0+(?=\d)/, '')}.${digits.slice(cut)}`.replace(/\.?0*$/, '');
  return `${shown}%`;
};

const MESSAGES: Record<FinancingEventType, Message> = {
  [FINANCING_EVENTS.submitted]: (r) =>
    r.awardId
      ? {
          title: `${r.sme.name} 申请政府采购合同融资 ¥${r.requestedAmount}`,
          body: `${r.sme.name} 以政府采购合同（未付合计 ¥${r.outstandingTotal}）向 ${r.bank.name} 申请政采贷 ¥${r.requestedAmount}，期限 ${r.termDays} 天。`,
          en: {
            title: `${r.sme.name} asks for ¥${r.requestedAmount} against a procurement contract`,
            body: `${r.sme.name} asks ${r.bank.name} for procurement-contract financing of ¥${r.requestedAmount} for ${r.termDays} days (¥${r.outstandingTotal} of the contract unpaid).`,
          },
        }
      : {
          title: `${r.sme.name} 申请应收账款质押融资 ¥${r.requestedAmount}`,
          body: `${r.sme.name} 以 ${r.receivableIds.length} 笔应收账款（未结清合计 ¥${r.outstandingTotal}）向 ${r.bank.name} 申请融资 ¥${r.requestedAmount}，期限 ${r.termDays} 天。`,
          en: {
            title: `${r.sme.name} asks for ¥${r.requestedAmount} against receivables`,
            body: `${r.sme.name} asks ${r.bank.name} for ¥${r.requestedAmount} for ${r.termDays} days against ${r.receivableIds.length} receivable(s) with ¥${r.outstandingTotal} outstanding.`,
          },
        },
  [FINANCING_EVENTS.approved]: (r) => ({
    title: `融资申请已获批：¥${r.approvedAmount}`,
    body: `${r.bank.name} 批准融资 ¥${r.approvedAmount}，年利率 ${percent(r.annualRate)}，期限 ${r.approvedTermDays} 天；放款前将办理应收账款质押登记。`,
    en: {
      title: `Financing approved: ¥${r.approvedAmount}`,
      body: `${r.bank.name} approved ¥${r.approvedAmount} at ${percent(r.annualRate)} a year for ${r.approvedTermDays} days; the pledge is registered before disbursement.`,
    },
  }),
  [FINANCING_EVENTS.rejected]: (r) => ({
    title: '融资申请未获批准',
    body: `${r.bank.name} 拒绝了 ¥${r.requestedAmount} 的融资申请：${r.rejectionReason}。相关应收账款已解除锁定，可另行申请。`,
    en: {
      title: 'Financing request rejected',
      body: `${r.bank.name} rejected the request for ¥${r.requestedAmount}: ${r.rejectionReason}. Its receivables are released and may be financed again.`,
    },
  }),
  [FINANCING_EVENTS.withdrawn]: (r) => ({
    title: `${r.sme.name} 撤回了融资申请`,
    body: `${r.sme.name} 撤回了向 ${r.bank.name} 申请的 ¥${r.requestedAmount} 融资，相关应收账款已解除锁定。`,
    en: {
      title: `${r.sme.name} withdrew its financing request`,
      body: `${r.sme.name} withdrew its request to ${r.bank.name} for ¥${r.requestedAmount}; its receivables are released.`,
    },
  }),
  [FINANCING_EVENTS.disbursed]: (r) => ({
    title: `融资已放款：¥${r.approvedAmount}`,
    body: `${r.bank.name} 已于 ${r.disbursedOn} 放款 ¥${r.approvedAmount}（贷款编号 ${r.loanReference}，质押登记编号 ${r.pledgeRegistrationNo}），到期日 ${r.maturityDate}。`,
    en: {
      title: `Financing disbursed: ¥${r.approvedAmount}`,
      body: `${r.bank.name} disbursed ¥${r.approvedAmount} on ${r.disbursedOn} (loan ${r.loanReference}, pledge registration ${r.pledgeRegistrationNo}), maturing ${r.maturityDate}.`,
    },
  }),
  [FINANCING_EVENTS.repaid]: (r) => ({
    title: '融资已还清，质押解除',
    body: `${r.bank.name} 确认贷款 ${r.loanReference} 已于 ${r.repaidOn} 还清，相关应收账款的质押已解除。`,
    en: {
      title: 'Financing repaid, pledge released',
      body: `${r.bank.name} confirms that loan ${r.loanReference} was repaid on ${r.repaidOn}; the pledge on its receivables is released.`,
    },
  }),
};

/** Both sides of a financing request hear of each of its steps, in their inboxes. */
@Injectable()
export class FinancingNotifications {
  constructor(private readonly notifications: NotificationsService) {}

  async notifyParties(type: FinancingEventType, request: FinancingRequestView): Promise<void> {
    const message = { kind: type, ...MESSAGES[type](request), entityType: 'financing_request', entityId: request.id };
    await this.notifications.notifyEnterprise(request.smeId, message);
    await this.notifications.notifyEnterprise(request.bankId, message);
  }
}

import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@gqt/notifications';
import { FINANCING_EVENTS, type FinancingEventPayload, type FinancingEventType } from './financing-events';
import type { FinancingOfferView } from './financing-offer-view';

type Text = { title: string; body: string };
type Message = (r: FinancingEventPayload) => Text & { en: Text };

export interface OfferMadePayload {
  smeId: string;
  offer: FinancingOfferView;
  replaced: boolean;
}

const bankNames = (r: FinancingEventPayload) => r.bank?.name ?? '银行';
const bankNamesEn = (r: FinancingEventPayload) => r.bank?.name ?? 'the bank';

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
          body: `${r.sme.name} 以政府采购合同（未付合计 ¥${r.outstandingTotal}）向 ${bankNames(r)} 申请政采贷 ¥${r.requestedAmount}，期限 ${r.termDays} 天。`,
          en: {
            title: `${r.sme.name} asks for ¥${r.requestedAmount} against a procurement contract`,
            body: `${r.sme.name} asks ${bankNamesEn(r)} for procurement-contract financing of ¥${r.requestedAmount} for ${r.termDays} days (¥${r.outstandingTotal} of the contract unpaid).`,
          },
        }
      : {
          title: `${r.sme.name} 申请应收账款质押融资 ¥${r.requestedAmount}`,
          body: `${r.sme.name} 以 ${r.receivableIds.length} 笔应收账款（未结清合计 ¥${r.outstandingTotal}）向 ${bankNames(r)} 申请融资 ¥${r.requestedAmount}，期限 ${r.termDays} 天。`,
          en: {
            title: `${r.sme.name} asks for ¥${r.requestedAmount} against receivables`,
            body: `${r.sme.name} asks ${bankNamesEn(r)} for ¥${r.requestedAmount} for ${r.termDays} days against ${r.receivableIds.length} receivable(s) with ¥${r.outstandingTotal} outstanding.`,
          },
        },
  [FINANCING_EVENTS.approved]: (r) => ({
    title: `融资申请已获批：¥${r.approvedAmount}`,
    body: `${bankNames(r)} 批准融资 ¥${r.approvedAmount}，年利率 ${percent(r.annualRate)}，期限 ${r.approvedTermDays} 天；放款前将办理应收账款质押登记。`,
    en: {
      title: `Financing approved: ¥${r.approvedAmount}`,
      body: `${bankNames(r)} approved ¥${r.approvedAmount} at ${percent(r.annualRate)} a year for ${r.approvedTermDays} days; the pledge is registered before disbursement.`,
    },
  }),
  [FINANCING_EVENTS.rejected]: (r) => ({
    title: '融资申请未获批准',
    body: `${bankNames(r)} 拒绝了 ¥${r.requestedAmount} 的融资申请：${r.rejectionReason}。相关应收账款已解除锁定，可另行申请。`,
    en: {
      title: 'Financing request rejected',
      body: `${bankNames(r)} rejected the request for ¥${r.requestedAmount}: ${r.rejectionReason}. Its receivables are released and may be financed again.`,
    },
  }),
  [FINANCING_EVENTS.withdrawn]: (r) => ({
    title: `${r.sme.name} 撤回了融资申请`,
    body: `${r.sme.name} 撤回了向 ${bankNames(r)} 申请的 ¥${r.requestedAmount} 融资，相关应收账款已解除锁定。`,
    en: {
      title: `${r.sme.name} withdrew its financing request`,
      body: `${r.sme.name} withdrew its request to ${bankNamesEn(r)} for ¥${r.requestedAmount}; its receivables are released.`,
    },
  }),
  [FINANCING_EVENTS.disbursed]: (r) => ({
    title: `融资已放款：¥${r.approvedAmount}`,
    body: `${bankNames(r)} 已于 ${r.disbursedOn} 放款 ¥${r.approvedAmount}（贷款编号 ${r.loanReference}，质押登记编号 ${r.pledgeRegistrationNo}），到期日 ${r.maturityDate}。`,
    en: {
      title: `Financing disbursed: ¥${r.approvedAmount}`,
      body: `${bankNames(r)} disbursed ¥${r.approvedAmount} on ${r.disbursedOn} (loan ${r.loanReference}, pledge registration ${r.pledgeRegistrationNo}), maturing ${r.maturityDate}.`,
    },
  }),
  [FINANCING_EVENTS.repaid]: (r) => ({
    title: '融资已还清，质押解除',
    body: `${bankNames(r)} 确认贷款 ${r.loanReference} 已于 ${r.repaidOn} 还清，相关应收账款的质押已解除。`,
    en: {
      title: 'Financing repaid, pledge released',
      body: `${bankNames(r)} confirms that loan ${r.loanReference} was repaid on ${r.repaidOn}; the pledge on its receivables is released.`,
    },
  }),
  [FINANCING_EVENTS.offerRequested]: (r) => ({
    title: `${r.sme.name} 邀请报价：融资 ¥${r.requestedAmount}`,
    body: `${r.sme.name} 以 ${r.receivableIds.length} 笔应收账款（未结清合计 ¥${r.outstandingTotal}）向 ${r.bankIds.length} 家银行同时申请融资 ¥${r.requestedAmount}，期限 ${r.termDays} 天；请在 ${String(r.expiresAt)} 前报价。`,
    en: {
      title: `${r.sme.name} asks for offers: ¥${r.requestedAmount}`,
      body: `${r.sme.name} asks ${r.bankIds.length} banks at once for ¥${r.requestedAmount} for ${r.termDays} days against ${r.receivableIds.length} receivable(s) with ¥${r.outstandingTotal} outstanding; offer before ${String(r.expiresAt)}.`,
    },
  }),
  [FINANCING_EVENTS.offerAccepted]: (r) => ({
    title: `报价已被接受：¥${r.approvedAmount}`,
    body: `${r.sme.name} 接受了 ${bankNames(r)} 的报价：融资 ¥${r.approvedAmount}，年利率 ${percent(r.annualRate)}，期限 ${r.approvedTermDays} 天；融资申请已获批。`,
    en: {
      title: `Offer accepted: ¥${r.approvedAmount}`,
      body: `${r.sme.name} accepted the offer of ${bankNamesEn(r)}: ¥${r.approvedAmount} at ${percent(r.annualRate)} a year for ${r.approvedTermDays} days; the request is approved.`,
    },
  }),
  [FINANCING_EVENTS.offerDeclined]: (r) => ({
    title: '报价未被选中',
    body: `${r.sme.name} 的融资申请（¥${r.requestedAmount}）已选择其他报价，您的报价已失效。`,
    en: {
      title: 'Offer not chosen',
      body: `${r.sme.name} took another offer for its request of ¥${r.requestedAmount}; your offer has lapsed.`,
    },
  }),
  [FINANCING_EVENTS.expired]: (r) => ({
    title: '多银行融资申请已过期',
    body: `${r.sme.name} 申请的 ¥${r.requestedAmount} 融资在截止时间前未接受任何报价，已过期；相关应收账款已解除锁定。`,
    en: {
      title: 'Request before several banks expired',
      body: `${r.sme.name} accepted no offer for its request of ¥${r.requestedAmount} before the deadline; the request expired and its receivables are released.`,
    },
  }),
};

/** Who hears of a step: the SME and the request's bank, or for a request before several banks the banks concerned. */
function audience(type: FinancingEventType, r: FinancingEventPayload): string[] {
  const banks = r.bankId ? [r.bankId] : r.bankIds;
  switch (type) {
    case FINANCING_EVENTS.offerRequested:
      return banks;
    case FINANCING_EVENTS.offerDeclined:
      // One event per bank: the SME chose, it needs no message per bank.
      return banks;
    default:
      return [r.smeId, ...banks];
  }
}

/** Both sides of a financing request hear of each of its steps, in their inboxes. */
@Injectable()
export class FinancingNotifications {
  constructor(private readonly notifications: NotificationsService) {}

  async notifyParties(type: FinancingEventType, request: FinancingEventPayload): Promise<void> {
    const message = { kind: type, ...MESSAGES[type](request), entityType: 'financing_request', entityId: request.id };
    for (const enterpriseId of audience(type, request))
      await this.notifications.notifyEnterprise(enterpriseId, message);
  }

  /** The SME hears of each offer (the banks never of each other's). */
  async offerMade({ smeId, offer, replaced }: OfferMadePayload): Promise<void> {
    await this.notifications.notifyEnterprise(smeId, {
      kind: 'financing_request.offer_made',
      title: `${offer.bank.name} ${replaced ? '更新了报价' : '报价'}：¥${offer.amount}，年利率 ${percent(offer.annualRate)}`,
      body: `${offer.bank.name} 报价融资 ¥${offer.amount}，年利率 ${percent(offer.annualRate)}，期限 ${offer.termDays} 天（利息约 ¥${offer.interest}），有效期至 ${String(offer.validUntil)}。`,
      en: {
        title: `${offer.bank.name} ${replaced ? 'changed its offer' : 'offers'}: ¥${offer.amount} at ${percent(offer.annualRate)}`,
        body: `${offer.bank.name} offers ¥${offer.amount} at ${percent(offer.annualRate)} a year for ${offer.termDays} days (about ¥${offer.interest} of interest), valid until ${String(offer.validUntil)}.`,
      },
      entityType: 'financing_request',
      entityId: offer.financingRequestId,
    });
  }
}

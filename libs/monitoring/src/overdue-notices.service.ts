import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import type { BusinessDate } from '@gqt/kernel';
import { NotificationsService } from '@gqt/notifications';
import { AuditService, Outbox, SYSTEM_ACTOR } from '@gqt/platform';
import { RECEIVABLE_OVERDUE, type ReceivableOverduePayload } from './domain/receivable-events';
import { MonitoredReceivablesRepository, type NewlyOverdue } from './monitored-receivables.repository';

const BATCH = 100;

/**
 * Tells the debtor, the creditor and the regulators of both their cities when a receivable
 * becomes overdue, and publishes `receivable.overdue` (CONTRACTS.md): once per receivable, since
 * the claim that marks it and everything it causes commit together.
 */
@Injectable()
export class OverdueNotices {
  constructor(
    private readonly receivables: MonitoredReceivablesRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Notices every live receivable past its due date on `today` that has not been noticed yet. */
  async noticeNewlyOverdue(today: BusinessDate): Promise<number> {
    let noticed = 0;
    for (;;) {
      const batch = await this.noticeBatch(today);
      noticed += batch;
      if (batch < BATCH) return noticed;
    }
  }

  @Transactional()
  async noticeBatch(today: BusinessDate): Promise<number> {
    const overdue = await this.receivables.claimNewlyOverdue(today, BATCH);
    for (const notice of overdue) await this.notice(notice, today);
    return overdue.length;
  }

  private async notice(notice: NewlyOverdue, today: BusinessDate): Promise<void> {
    const { receivable, outstanding, creditorName, debtorName } = notice;
    const payload: ReceivableOverduePayload = {
      receivableId: receivable.receivableId,
      creditorId: receivable.creditorId,
      debtorId: receivable.debtorId,
      creditorCityCode: receivable.creditorCityCode,
      debtorCityCode: receivable.debtorCityCode,
      debtorIndustry: receivable.debtorIndustry,
      contractNo: receivable.contractNo,
      dueDate: receivable.dueDate!,
      outstandingAmount: outstanding.toString(),
      asOf: today,
    };
    await this.outbox.publish({
      type: RECEIVABLE_OVERDUE,
      aggregateType: 'receivable',
      aggregateId: receivable.receivableId,
      payload,
    });
    await this.audit.record({
      entityType: 'overdue_notice',
      entityId: notice.noticeId,
      action: RECEIVABLE_OVERDUE,
      actor: SYSTEM_ACTOR,
      jurisdictions: [receivable.creditorCityCode, receivable.debtorCityCode],
      after: payload,
    });
    const about = { kind: RECEIVABLE_OVERDUE, entityType: 'receivable', entityId: receivable.receivableId };
    const contract = `合同 ${receivable.contractNo}`;
    const owed = `尚欠 ¥${payload.outstandingAmount}`;
    // SME Payment Regulation (2025) art. 17: late payment accrues interest, 0.05 % a day if none was agreed.
    const interest =
      '逾期未付款项按约定利率，未约定的按每日万分之五计付逾期利息（《保障中小企业款项支付条例》第十七条）。';
    const interestEn =
      'Late payment accrues interest at the agreed rate, else 0.05 % a day (SME Payment Regulation, art. 17).';
    await this.notifications.notifyEnterprise(receivable.debtorId, {
      ...about,
      title: `应付账款已逾期：${contract}`,
      body: `您应付${creditorName}的账款（${contract}）已于 ${payload.dueDate} 到期，${owed}。${interest}`,
      en: {
        title: `Payable overdue: contract ${receivable.contractNo}`,
        body: `What you owe ${creditorName} (contract ${receivable.contractNo}) fell due on ${payload.dueDate}; ¥${payload.outstandingAmount} is still owed. ${interestEn}`,
      },
    });
    await this.notifications.notifyEnterprise(receivable.creditorId, {
      ...about,
      title: `应收账款已逾期：${contract}`,
      body: `${debtorName}应付您的账款（${contract}）已于 ${payload.dueDate} 到期，${owed}。${interest}`,
      en: {
        title: `Receivable overdue: contract ${receivable.contractNo}`,
        body: `What ${debtorName} owes you (contract ${receivable.contractNo}) fell due on ${payload.dueDate}; ¥${payload.outstandingAmount} is still owed. ${interestEn}`,
      },
    });
    await this.notifications.notifyRegulators([receivable.creditorCityCode, receivable.debtorCityCode], {
      ...about,
      title: `逾期账款：${debtorName}`,
      body: `${debtorName}应付${creditorName}的账款（${contract}）已于 ${payload.dueDate} 到期，${owed}。`,
      en: {
        title: `Overdue payable: ${debtorName}`,
        body: `What ${debtorName} owes ${creditorName} (contract ${receivable.contractNo}) fell due on ${payload.dueDate}; ¥${payload.outstandingAmount} is still owed.`,
      },
    });
  }
}

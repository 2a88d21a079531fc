import { Injectable } from '@nestjs/common';
import type { EnterpriseEntity } from '@gqt/enterprises';
import { CompetingOffersService, FinancingService } from '@gqt/financing';
import { addDays, shanghaiDate, yearOf } from '@gqt/kernel';
import { FinancingProductsService, KeyListsService } from '@gqt/matching';
import type { Principal } from '@gqt/platform';
import type { ReceivableLifecycleService } from '@gqt/receivables';
import { invoiceNumber } from './demo-receivables';

export interface DemoMatchingCast {
  region: Principal;
  core: Principal;
  parts: Principal;
  bank: Principal;
  bank2: Principal;
}

const DAY_MS = 86_400_000;

/**
 * Matching banks and enterprises in the demo (seed items 11 and 14): the key-enterprise lists, a
 * product of each demo bank, and one request of the parts supplier before both banks, each of
 * which has offered: the SME compares and takes one in the portal or over the API.
 */
@Injectable()
export class DemoMatching {
  constructor(
    private readonly keyLists: KeyListsService,
    private readonly products: FinancingProductsService,
    private readonly financing: FinancingService,
    private readonly offers: CompetingOffersService,
  ) {}

  async seed(
    cast: DemoMatchingCast,
    parties: { parts: EnterpriseEntity; logistics: EnterpriseEntity; core: EnterpriseEntity },
    receivables: ReceivableLifecycleService,
  ): Promise<void> {
    const today = shanghaiDate();
    const year = yearOf(today);
    await this.keyLists.add(cast.region, year, {
      uscc: parties.parts.uscc,
      level: 'REGION',
      reason: '汽车产业链重点配套企业（链主配套前 110 名）',
    });
    await this.keyLists.add(cast.region, year, {
      uscc: parties.logistics.uscc,
      level: 'CITY',
      reason: '柳州市重点供应链物流企业',
    });
    const pledge = await this.products.publish(cast.bank, {
      name: '重点企业应收账款质押e贷',
      kind: 'RECEIVABLE_PLEDGE',
      minAmount: '50000.00',
      maxAmount: '5000000.00',
      annualRateFrom: '0.0385',
      annualRateTo: '0.0550',
      maxTermDays: 180,
      eligibility: { sizeClasses: ['SMALL', 'MICRO'], keyListLevels: ['REGION', 'CITY'] },
      description: '面向重点企业名单中的小微企业，以核心企业确权的应收账款质押，线上申请、当日审批。',
    });
    await this.products.publish(cast.bank2, {
      name: '桂林农商·订单贷',
      kind: 'ORDER',
      minAmount: '10000.00',
      maxAmount: '1000000.00',
      annualRateFrom: '0.0420',
      annualRateTo: '0.0650',
      maxTermDays: 120,
      eligibility: { sizeClasses: ['MEDIUM', 'SMALL', 'MICRO'] },
      description: '凭核心企业订单申请的流动资金贷款，适用于全区中小微企业。',
    });

    const deliveryDate = addDays(today, -4);
    const { receivable } = await receivables.register(cast.parts, {
      debtorUscc: parties.core.uscc,
      contractNo: `HT-${year}-LZ-0190`,
      description: '车门总成 多银行竞价融资',
      invoices: [{ number: invoiceNumber(deliveryDate), amount: '300000.00', issueDate: deliveryDate }],
      amount: '300000.00',
      deliveryDate,
      dueDate: addDays(deliveryDate, 90),
    });
    await receivables.confirm(cast.core, receivable.id, {});
    const request = await this.financing.submitToBanks(cast.parts, {
      receivableIds: [receivable.id],
      bankIds: [cast.bank.enterpriseId!, cast.bank2.enterpriseId!],
      requestedAmount: '200000.00',
      termDays: 60,
    });
    const validUntil = new Date(Date.now() + 5 * DAY_MS);
    await this.offers.offer(cast.bank, request.id, {
      amount: '200000.00',
      annualRate: '0.0420',
      termDays: 60,
      validUntil,
      productId: pledge.id,
    });
    await this.offers.offer(cast.bank2, request.id, {
      amount: '180000.00',
      annualRate: '0.0395',
      termDays: 60,
      validUntil,
    });
  }
}

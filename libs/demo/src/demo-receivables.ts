import { Money, addDays, shanghaiDate } from '@gqt/kernel';
import type { Principal } from '@gqt/platform';
import type { ReceivableLifecycleService, ReceivableTransfersService } from '@gqt/receivables';
import { randomInt } from 'node:crypto';

export type DemoTrader = 'core' | 'parts' | 'logistics' | 'software';

interface DemoReceivable {
  creditor: Exclude<DemoTrader, 'core'>;
  contractNo: string;
  description: string;
  /** Invoice amounts in yuan. */
  invoices: string[];
  deliveredDaysAgo: number;
  termDays: number;
  then?: 'confirm' | 'confirmPart' | 'dispute' | 'cancel';
  /** Payments after confirmation: amount and how many days ago. */
  payments?: [string, number][];
}

// Receivables in every state between the demo suppliers and the demo core enterprise, dated
// relative to the day of seeding so that the overdue ones are overdue whenever the demo starts.
const DEMO_RECEIVABLES: DemoReceivable[] = [
  {
    creditor: 'parts',
    contractNo: 'HT-LZ-0101',
    description: '车身冲压件 本月第一批次',
    invoices: ['236000.00', '150000.00'],
    deliveredDaysAgo: 5,
    termDays: 60,
  },
  {
    creditor: 'parts',
    contractNo: 'HT-LZ-0102',
    description: '底盘支架 上月批次',
    invoices: ['520000.00'],
    deliveredDaysAgo: 20,
    termDays: 60,
    then: 'confirm',
  },
  {
    creditor: 'parts',
    contractNo: 'HT-LZ-0103',
    description: '座椅骨架（短交 20 件）',
    invoices: ['150000.00'],
    deliveredDaysAgo: 12,
    termDays: 45,
    then: 'confirmPart',
  },
  {
    creditor: 'parts',
    contractNo: 'HT-LZ-0104',
    description: '门铰链 试制件',
    invoices: ['88000.00'],
    deliveredDaysAgo: 9,
    termDays: 30,
    then: 'dispute',
  },
  {
    creditor: 'parts',
    contractNo: 'HT-LZ-0105',
    description: '排气管总成',
    invoices: ['180000.00', '120000.00'],
    deliveredDaysAgo: 30,
    termDays: 60,
    then: 'confirm',
    payments: [['100000.00', 2]],
  },
  {
    creditor: 'parts',
    contractNo: 'HT-LZ-0106',
    description: '紧固件 季度结算',
    invoices: ['64000.00'],
    deliveredDaysAgo: 40,
    termDays: 30,
    then: 'confirm',
    payments: [['64000.00', 1]],
  },
  {
    creditor: 'parts',
    contractNo: 'HT-LZ-0107',
    description: '变速箱壳体（逾期）',
    invoices: ['240000.00'],
    deliveredDaysAgo: 100,
    termDays: 60,
    then: 'confirm',
  },
  {
    creditor: 'parts',
    contractNo: 'HT-LZ-0108',
    description: '散热器（部分付款后逾期）',
    invoices: ['98000.00'],
    deliveredDaysAgo: 75,
    termDays: 60,
    then: 'confirm',
    payments: [['30000.00', 20]],
  },
  {
    creditor: 'logistics',
    contractNo: 'HT-WL-0201',
    description: '整车运输 本月',
    invoices: ['45800.00'],
    deliveredDaysAgo: 3,
    termDays: 30,
  },
  {
    creditor: 'logistics',
    contractNo: 'HT-WL-0202',
    description: '零部件仓储配送（逾期）',
    invoices: ['76000.00'],
    deliveredDaysAgo: 50,
    termDays: 45,
    then: 'confirm',
  },
  {
    creditor: 'software',
    contractNo: 'HT-RJ-0301',
    description: 'MES 系统维护（账期超过 60 天）',
    invoices: ['32000.00'],
    deliveredDaysAgo: 10,
    termDays: 90,
    then: 'confirm',
  },
  {
    creditor: 'software',
    contractNo: 'HT-RJ-0302',
    description: '重复登记，已撤销',
    invoices: ['12000.00'],
    deliveredDaysAgo: 10,
    termDays: 30,
    then: 'cancel',
  },
];

/** A random 20-digit e-invoice number issued in Guangxi on `issueDate`. */
export function invoiceNumber(issueDate: string): string {
  let tail = '';
  for (let i = 0; i < 15; i += 1) tail += String(randomInt(10));
  return `${issueDate.slice(2, 4)}451${tail}`;
}

/**
 * Registers, confirms, disputes, pays and cancels the demo receivables as the demo users would;
 * answers their ids by the demo contract number (e.g. HT-LZ-0102).
 */
export async function seedDemoReceivables(
  receivables: ReceivableLifecycleService,
  users: Record<DemoTrader, Principal>,
  debtorUscc: string,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const today = shanghaiDate();
  const year = today.slice(0, 4);
  for (const spec of DEMO_RECEIVABLES) {
    const deliveryDate = addDays(today, -spec.deliveredDaysAgo);
    const { receivable } = await receivables.register(users[spec.creditor], {
      debtorUscc,
      contractNo: spec.contractNo.replace('HT-', `HT-${year}-`),
      description: spec.description,
      invoices: spec.invoices.map((a) => ({ number: invoiceNumber(deliveryDate), amount: a, issueDate: deliveryDate })),
      amount: Money.sum(spec.invoices.map((a) => Money.parse(a))).toString(),
      deliveryDate,
      dueDate: addDays(deliveryDate, spec.termDays),
    });
    ids.set(spec.contractNo, receivable.id);
    if (spec.then === 'confirm') await receivables.confirm(users.core, receivable.id, {});
    if (spec.then === 'confirmPart') {
      await receivables.confirm(users.core, receivable.id, { confirmedAmount: '120000.00', reason: '短交 20 件' });
    }
    if (spec.then === 'dispute') await receivables.dispute(users.core, receivable.id, '试制件未通过质量验收');
    if (spec.then === 'cancel') await receivables.cancel(users[spec.creditor], receivable.id);
    for (const [paid, daysAgo] of spec.payments ?? []) {
      await receivables.recordPayment(users.core, receivable.id, {
        amount: paid,
        paidOn: addDays(today, -daysAgo),
        reference: `DEMO-${spec.contractNo}-${daysAgo}`,
      });
    }
  }
  return ids;
}

/**
 * A confirmed receivable travelling down the chain (数字债权凭证 流转拆分): the parts maker pays its
 * logistics supplier with ¥120,000 of HT-LZ-0102, which passes ¥30,000 of that on to its software
 * supplier. The debtor still owes ¥520,000 once, to three holders.
 */
export async function seedDemoTransfers(
  transfers: ReceivableTransfersService,
  users: Record<DemoTrader, Principal>,
  ids: Map<string, string>,
  uscc: { logistics: string; software: string },
): Promise<void> {
  const root = ids.get('HT-LZ-0102');
  if (!root) return;
  const first = await transfers.transfer(users.parts, root, {
    toUscc: uscc.logistics,
    amount: '120000.00',
    reference: 'DEMO-ZR-0102-1',
  });
  await transfers.transfer(users.logistics, first.piece.receivable.id, {
    toUscc: uscc.software,
    amount: '30000.00',
    reference: 'DEMO-ZR-0102-2',
  });
}

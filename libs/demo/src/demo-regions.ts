import { Money, addDays, shanghaiDate } from '@gqt/kernel';
import { usccCheckCharacter, type NewEnterprise } from '@gqt/enterprises';
import type { Principal } from '@gqt/platform';
import type { ReceivableLifecycleService } from '@gqt/receivables';
import { invoiceNumber } from './demo-receivables';

const code = (city: string, organisation: string) => {
  const first17 = `91${city}${organisation}`;
  return first17 + usccCheckCharacter(first17);
};

const debtor = (name: string, cityCode: string, organisation: string): NewEnterprise => ({
  name,
  uscc: code(cityCode, organisation),
  kind: 'CORE',
  cityCode,
  industry: 'INDUSTRY',
  employees: 4000,
  annualRevenue: '2500000000.00',
  ownership: 'STATE_OWNED',
});

const sme = (
  name: string,
  cityCode: string,
  organisation: string,
  industry: NewEnterprise['industry'],
  employees: number,
  annualRevenue: string,
): NewEnterprise => ({
  name,
  uscc: code(cityCode, organisation),
  kind: 'SME',
  cityCode,
  industry,
  employees,
  annualRevenue,
  ownership: 'PRIVATE',
});

/** Large buyers across Guangxi: the debtors of the regional supply chains. */
export const REGIONAL_DEBTORS = {
  beihai: debtor('北海示范电子信息产业集团有限公司', '450500', 'MA5KD0021'),
  qinzhou: debtor('钦州示范石化产业集团有限公司', '450700', 'MA5KD0022'),
  yulin: debtor('玉林示范机械集团有限公司', '450900', 'MA5KD0023'),
  baise: debtor('百色示范铝业集团有限公司', '451000', 'MA5KD0024'),
  guigang: debtor('贵港示范新能源汽车有限公司', '450800', 'MA5KD0025'),
  guilin: debtor('桂林示范橡胶机械集团有限公司', '450300', 'MA5KD0026'),
  wuzhou: debtor('梧州示范制药集团有限公司', '450400', 'MA5KD0027'),
  fangchenggang: debtor('防城港示范港务集团有限公司', '450600', 'MA5KD0028'),
  hezhou: debtor('贺州示范新材料集团有限公司', '451100', 'MA5KD0029'),
  hechi: debtor('河池示范有色金属集团有限公司', '451200', 'MA5KD0030'),
  laibin: debtor('来宾示范糖业集团有限公司', '451300', 'MA5KD0042'),
};

/** Their suppliers, in most of Guangxi's cities and several industries. */
export const REGIONAL_SMES = {
  guilin: sme('桂林漓江精密电子有限公司', '450300', 'MA5KD0031', 'INDUSTRY', 60, '32000000.00'),
  wuzhou: sme('梧州西江包装材料有限公司', '450400', 'MA5KD0032', 'INDUSTRY', 45, '18000000.00'),
  fangchenggang: sme('防城港港通物流有限公司', '450600', 'MA5KD0033', 'TRANSPORT', 70, '21000000.00'),
  qinzhou: sme('钦州湾化工贸易有限公司', '450700', 'MA5KD0034', 'WHOLESALE', 15, '36000000.00'),
  guigang: sme('贵港电池配件有限公司', '450800', 'MA5KD0035', 'INDUSTRY', 90, '41000000.00'),
  yulin: sme('玉林机械铸件有限公司', '450900', 'MA5KD0036', 'INDUSTRY', 120, '52000000.00'),
  baise: sme('百色右江铝材加工有限公司', '451000', 'MA5KD0037', 'INDUSTRY', 75, '27000000.00'),
  hezhou: sme('贺州碳酸钙制品有限公司', '451100', 'MA5KD0038', 'INDUSTRY', 40, '15000000.00'),
  hechi: sme('河池有色金属配件有限公司', '451200', 'MA5KD0039', 'INDUSTRY', 55, '19000000.00'),
  laibin: sme('来宾糖业机械维修有限公司', '451300', 'MA5KD0040', 'INDUSTRY', 30, '9000000.00'),
  beihai: sme('北海银滩软件有限公司', '450500', 'MA5KD0041', 'SOFTWARE_IT', 25, '6000000.00'),
};

type Debtor = keyof typeof REGIONAL_DEBTORS;
type Supplier = keyof typeof REGIONAL_SMES;

interface Story {
  creditor: Supplier;
  debtor: Debtor;
  amount: string;
  deliveredDaysAgo: number;
  termDays: number;
  /** Left pending, confirmed, or confirmed and then paid (in part or whole, some days ago). */
  then: 'pending' | 'confirm' | 'settle' | 'partPaid';
  description: string;
}

// Every aging bucket and state, spread over the cities: overdue 1–30, 31–60, 61–90 and 90+ days,
// receivables not yet due, settled ones and partly paid ones.
const STORIES: Story[] = [
  {
    creditor: 'guilin',
    debtor: 'guilin',
    amount: '420000.00',
    deliveredDaysAgo: 80,
    termDays: 60,
    then: 'confirm',
    description: '电路板组件',
  },
  {
    creditor: 'guilin',
    debtor: 'beihai',
    amount: '185000.00',
    deliveredDaysAgo: 15,
    termDays: 60,
    then: 'confirm',
    description: '显示模组',
  },
  {
    creditor: 'beihai',
    debtor: 'beihai',
    amount: '96000.00',
    deliveredDaysAgo: 130,
    termDays: 30,
    then: 'confirm',
    description: '生产管理软件实施',
  },
  {
    creditor: 'wuzhou',
    debtor: 'wuzhou',
    amount: '138000.00',
    deliveredDaysAgo: 70,
    termDays: 30,
    then: 'partPaid',
    description: '纸箱包装',
  },
  {
    creditor: 'yulin',
    debtor: 'yulin',
    amount: '760000.00',
    deliveredDaysAgo: 160,
    termDays: 60,
    then: 'confirm',
    description: '柴油机缸体铸件',
  },
  {
    creditor: 'yulin',
    debtor: 'guigang',
    amount: '310000.00',
    deliveredDaysAgo: 25,
    termDays: 45,
    then: 'pending',
    description: '电机壳体铸件',
  },
  {
    creditor: 'fangchenggang',
    debtor: 'fangchenggang',
    amount: '254000.00',
    deliveredDaysAgo: 95,
    termDays: 45,
    then: 'confirm',
    description: '港口装卸及短驳运输',
  },
  {
    creditor: 'qinzhou',
    debtor: 'qinzhou',
    amount: '890000.00',
    deliveredDaysAgo: 50,
    termDays: 30,
    then: 'settle',
    description: '化工原料采购',
  },
  {
    creditor: 'qinzhou',
    debtor: 'qinzhou',
    amount: '470000.00',
    deliveredDaysAgo: 20,
    termDays: 60,
    then: 'confirm',
    description: '催化剂',
  },
  {
    creditor: 'guigang',
    debtor: 'guigang',
    amount: '530000.00',
    deliveredDaysAgo: 55,
    termDays: 30,
    then: 'confirm',
    description: '电池托盘',
  },
  {
    creditor: 'guigang',
    debtor: 'guigang',
    amount: '212000.00',
    deliveredDaysAgo: 40,
    termDays: 30,
    then: 'settle',
    description: '线束总成',
  },
  {
    creditor: 'baise',
    debtor: 'baise',
    amount: '640000.00',
    deliveredDaysAgo: 110,
    termDays: 60,
    then: 'partPaid',
    description: '铝型材',
  },
  {
    creditor: 'baise',
    debtor: 'guigang',
    amount: '275000.00',
    deliveredDaysAgo: 8,
    termDays: 60,
    then: 'confirm',
    description: '电池壳铝板',
  },
  {
    creditor: 'hezhou',
    debtor: 'hezhou',
    amount: '118000.00',
    deliveredDaysAgo: 65,
    termDays: 30,
    then: 'confirm',
    description: '碳酸钙填料',
  },
  {
    creditor: 'hechi',
    debtor: 'hechi',
    amount: '226000.00',
    deliveredDaysAgo: 35,
    termDays: 30,
    then: 'confirm',
    description: '锌铝合金配件',
  },
  {
    creditor: 'laibin',
    debtor: 'yulin',
    amount: '58000.00',
    deliveredDaysAgo: 45,
    termDays: 30,
    then: 'settle',
    description: '设备检修服务',
  },
  {
    creditor: 'laibin',
    debtor: 'laibin',
    amount: '67000.00',
    deliveredDaysAgo: 12,
    termDays: 30,
    then: 'confirm',
    description: '产线维修',
  },
];

/**
 * Regional supply chains beside the Liuzhou one: suppliers and buyers in most of Guangxi's cities,
 * with receivables in every aging bucket, settled and partly paid ones, dated relative to the day
 * of seeding. `users` are the enterprises' users, created by the seeder (not announced).
 */
export async function seedRegionalReceivables(
  receivables: ReceivableLifecycleService,
  users: Record<`debtor:${Debtor}` | `sme:${Supplier}`, Principal>,
  debtors: Record<Debtor, { uscc: string }>,
): Promise<void> {
  const today = shanghaiDate();
  const year = today.slice(0, 4);
  for (const [index, story] of STORIES.entries()) {
    const deliveryDate = addDays(today, -story.deliveredDaysAgo);
    const dueDate = addDays(deliveryDate, story.termDays);
    const { receivable } = await receivables.register(users[`sme:${story.creditor}`], {
      debtorUscc: debtors[story.debtor].uscc,
      contractNo: `HT-${year}-GX-${String(index + 1).padStart(3, '0')}`,
      description: story.description,
      invoices: [{ number: invoiceNumber(deliveryDate), amount: story.amount, issueDate: deliveryDate }],
      amount: story.amount,
      deliveryDate,
      dueDate,
    });
    if (story.then === 'pending') continue;
    const payer = users[`debtor:${story.debtor}`];
    await receivables.confirm(payer, receivable.id, {});
    if (story.then === 'confirm') continue;
    // Paid a few days after the due date when that has passed, else a few days ago.
    const paidOn = [addDays(dueDate, 5), addDays(today, -3)].sort()[0];
    const amount = story.then === 'settle' ? story.amount : Money.parse(story.amount).times('0.4').toString();
    await receivables.recordPayment(payer, receivable.id, {
      amount,
      paidOn,
      reference: `DEMO-GX-${String(index + 1).padStart(3, '0')}`,
    });
  }
}

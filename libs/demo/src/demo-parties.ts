import { usccCheckCharacter, type NewEnterprise } from '@gqt/enterprises';

const code = (city: string, organisation: string) => {
  const first17 = `91${city}${organisation}`;
  return first17 + usccCheckCharacter(first17);
};

/** The demo's cast: a Liuzhou supply chain around a core enterprise, its suppliers and a bank. */
export const DEMO_ENTERPRISES = {
  core: {
    name: '柳州示范汽车工业集团有限公司',
    uscc: code('450200', 'MA5KD0001'),
    kind: 'CORE',
    cityCode: '450200',
    industry: 'INDUSTRY',
    employees: 12000,
    annualRevenue: '8000000000.00',
    ownership: 'STATE_OWNED',
  },
  parts: {
    name: '柳州精密零部件有限公司',
    uscc: code('450200', 'MA5KD0002'),
    kind: 'SME',
    cityCode: '450200',
    industry: 'INDUSTRY',
    employees: 85,
    annualRevenue: '26000000.00',
    ownership: 'PRIVATE',
  },
  logistics: {
    name: '柳州宏达物流有限公司',
    uscc: code('450200', 'MA5KD0003'),
    kind: 'SME',
    cityCode: '450200',
    industry: 'TRANSPORT',
    employees: 60,
    annualRevenue: '18000000.00',
    ownership: 'PRIVATE',
  },
  software: {
    name: '南宁云启软件有限公司',
    uscc: code('450100', 'MA5KD0004'),
    kind: 'SME',
    cityCode: '450100',
    industry: 'SOFTWARE_IT',
    employees: 8,
    annualRevenue: '400000.00',
    ownership: 'PRIVATE',
  },
  bank: {
    name: '广西北部湾示范银行股份有限公司',
    uscc: code('450100', 'MA5KD0005'),
    kind: 'BANK',
    cityCode: '450100',
    industry: 'OTHER',
    employees: 3000,
    annualRevenue: '5000000000.00',
    ownership: 'STATE_OWNED',
  },
  // A second bank, so that banks compete for a request (api-contract.md § Matching).
  bank2: {
    name: '桂林示范农村商业银行股份有限公司',
    uscc: code('450300', 'MA5KD0006'),
    kind: 'BANK',
    cityCode: '450300',
    industry: 'OTHER',
    employees: 1200,
    annualRevenue: '1800000000.00',
    ownership: 'STATE_OWNED',
  },
} satisfies Record<string, NewEnterprise>;

export type DemoEnterpriseKey = keyof typeof DEMO_ENTERPRISES;

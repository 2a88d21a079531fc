// api-contract.md § Receivables: PENDING_CONFIRMATION → CONFIRMED | DISPUTED | CANCELLED;
// CONFIRMED → SETTLED when nothing is outstanding. Overdue is not a status. § Transfer and split:
// CONFIRMED → TRANSFERRED when its holder has passed on all it held.
export const RECEIVABLE_STATUSES = [
  'PENDING_CONFIRMATION',
  'CONFIRMED',
  'DISPUTED',
  'CANCELLED',
  'SETTLED',
  'TRANSFERRED',
] as const;
export type ReceivableStatus = (typeof RECEIVABLE_STATUSES)[number];

// Payment-term and tenor flags, stored on the receivable and shown with it.
export const PAYMENT_TERM_FLAGS = [
  'PUBLIC_BUYER_TERM_OVER_60_DAYS',
  'LARGE_BUYER_TERM_OVER_60_DAYS',
  'TENOR_OVER_180_DAYS',
] as const;
export type PaymentTermFlag = (typeof PAYMENT_TERM_FLAGS)[number];

/**
 * The columns of a receivables import file (api-contract.md § Receivables), in the template's
 * order, with what a person reads about each: the header label and a hint, in both languages.
 * The API's importer and template and the portal's import page all read this one list.
 */
export const IMPORT_COLUMN_SPECS = [
  {
    key: 'contractNo',
    required: true,
    label: { 'zh-CN': '合同编号', en: 'Contract no.' },
    hint: { 'zh-CN': '同一合同的多张发票各占一行', en: 'One row per invoice; rows of one contract share it' },
  },
  {
    key: 'debtorUscc',
    required: true,
    label: { 'zh-CN': '债务人统一社会信用代码', en: 'Debtor credit code' },
    hint: { 'zh-CN': '18 位', en: '18 characters' },
  },
  {
    key: 'invoiceNumber',
    required: true,
    label: { 'zh-CN': '发票号码', en: 'Invoice number' },
    hint: {
      'zh-CN': '20 位数电票号码，或 发票代码-发票号码（10/12 位代码，8 位号码）',
      en: '20-digit e-invoice number, or CODE-NUMBER (10/12-digit code, 8-digit number)',
    },
  },
  {
    key: 'invoiceAmount',
    required: true,
    label: { 'zh-CN': '发票金额', en: 'Invoice amount' },
    hint: { 'zh-CN': '元，最多两位小数', en: 'Yuan, at most two decimals' },
  },
  {
    key: 'invoiceIssueDate',
    required: true,
    label: { 'zh-CN': '开票日期', en: 'Invoice issue date' },
    hint: { 'zh-CN': 'YYYY-MM-DD', en: 'YYYY-MM-DD' },
  },
  {
    key: 'deliveryDate',
    required: true,
    label: { 'zh-CN': '交付日期', en: 'Delivery date' },
    hint: { 'zh-CN': 'YYYY-MM-DD，同一合同各行相同', en: 'YYYY-MM-DD, the same on every row of a contract' },
  },
  {
    key: 'dueDate',
    required: true,
    label: { 'zh-CN': '到期日', en: 'Due date' },
    hint: { 'zh-CN': 'YYYY-MM-DD，同一合同各行相同', en: 'YYYY-MM-DD, the same on every row of a contract' },
  },
  {
    key: 'description',
    required: false,
    label: { 'zh-CN': '说明', en: 'Description' },
    hint: { 'zh-CN': '可选', en: 'Optional' },
  },
  {
    key: 'amount',
    required: false,
    label: { 'zh-CN': '应收账款金额', en: 'Receivable amount' },
    hint: {
      'zh-CN': '可选；填写时须等于该合同各发票金额之和',
      en: 'Optional; when given, the sum of the contract’s invoice amounts',
    },
  },
  {
    key: 'lateInterestRate',
    required: false,
    label: { 'zh-CN': '约定逾期利率', en: 'Agreed late-interest rate' },
    hint: {
      'zh-CN': '可选，年利率小数，如 0.0365；不得低于签约时 1 年期 LPR',
      en: 'Optional, annual rate as a decimal, e.g. 0.0365; not below the 1-year LPR at signing',
    },
  },
] as const;
export type ImportColumnKey = (typeof IMPORT_COLUMN_SPECS)[number]['key'];

/**
 * The template's sample row: it shows the format, and an import skips a row with its contract
 * number, so a template uploaded with it still in place registers nothing from it.
 */
export const IMPORT_SAMPLE_ROW: Record<ImportColumnKey, string> = {
  contractNo: '示例-EXAMPLE-0001',
  debtorUscc: '91450100MA5K00004P',
  invoiceNumber: '26452000000000000001',
  invoiceAmount: '12500.00',
  invoiceIssueDate: '2026-11-02',
  deliveryDate: '2026-11-02',
  dueDate: '2027-01-01',
  description: '示例行，导入时跳过',
  amount: '12500.00',
  lateInterestRate: '',
};

/** Aging buckets of overdue money (api-contract.md § Monitoring), with their names. */
export const AGING_BUCKET_NAMES: Record<
  'zh-CN' | 'en',
  Record<'notDue' | 'd1_30' | 'd31_60' | 'd61_90' | 'd90plus', string>
> = {
  'zh-CN': {
    notDue: '未到期',
    d1_30: '逾期 1–30 天',
    d31_60: '逾期 31–60 天',
    d61_90: '逾期 61–90 天',
    d90plus: '逾期 90 天以上',
  },
  en: {
    notDue: 'Not due',
    d1_30: '1–30 days overdue',
    d31_60: '31–60 days overdue',
    d61_90: '61–90 days overdue',
    d90plus: 'Over 90 days overdue',
  },
};

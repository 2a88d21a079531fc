import { EnterpriseEntity } from '@gqt/enterprises';
import { canonicalRate } from './domain/loan-prime-rate';
import type { PaymentTermFlag } from './domain/payment-terms';
import type { ReceivableStatus } from './domain/receivable-status';
import { ReceivableInvoiceEntity } from './receivable-invoice.entity';
import { ReceivablePaymentEntity } from './receivable-payment.entity';
import { ReceivableEntity, type PledgeNotice } from './receivable.entity';

// Rows as `pg` returns them (NUMERIC and int8 as exact strings, DATE as 'YYYY-MM-DD', see
// platform pg-types) and how they become entities. Every query of the receivables repositories
// is hand-written SQL that selects these columns.

interface EnterpriseRow {
  id: string;
  name: string;
  uscc: string;
  kind: EnterpriseEntity['kind'];
  city_code: string;
  industry: EnterpriseEntity['industry'];
  employees: number;
  annual_revenue: string;
  total_assets: string | null;
  ownership: EnterpriseEntity['ownership'];
  size_class: EnterpriseEntity['sizeClass'];
  financing_ratio: string | null;
  parent_id: string | null;
  created_at: Date;
  updated_at: Date;
}

const ENTERPRISE_COLUMNS: (keyof EnterpriseRow)[] = [
  'id',
  'name',
  'uscc',
  'kind',
  'city_code',
  'industry',
  'employees',
  'annual_revenue',
  'total_assets',
  'ownership',
  'size_class',
  'financing_ratio',
  'parent_id',
  'created_at',
  'updated_at',
];

type PartyColumns<P extends string> = { [C in keyof EnterpriseRow as `${P}_${C}`]: EnterpriseRow[C] };

export interface ReceivableRow {
  id: string;
  status: ReceivableStatus;
  creditor_id: string;
  debtor_id: string;
  creditor_city_code: string;
  debtor_city_code: string;
  contract_no: string;
  amount: string;
  confirmed_amount: string | null;
  paid_amount: string;
  delivery_date: string;
  due_date: string;
  payment_term_days: number;
  payment_term_flags: PaymentTermFlag[];
  late_interest_rate: string | null;
  description: string | null;
  confirmed_at: Date | null;
  dispute_reason: string | null;
  settled_on: string | null;
  financing_request_id: string | null;
  pledge: PledgeNotice | null;
  created_by: string | null;
  import_job_id: string | null;
  import_row: number | null;
  created_at: Date;
  updated_at: Date;
}

export type ReceivableWithPartiesRow = ReceivableRow & PartyColumns<'creditor'> & PartyColumns<'debtor'>;

/** The select list of a receivable `r` with its parties joined as `creditor` and `debtor`. */
export const RECEIVABLE_WITH_PARTIES = [
  'r.*',
  ...ENTERPRISE_COLUMNS.map((c) => `creditor.${c} AS creditor_${c}`),
  ...ENTERPRISE_COLUMNS.map((c) => `debtor.${c} AS debtor_${c}`),
].join(', ');

export const PARTIES_JOIN =
  'JOIN enterprises creditor ON creditor.id = r.creditor_id JOIN enterprises debtor ON debtor.id = r.debtor_id';

export function receivableOf(row: ReceivableRow): ReceivableEntity {
  return Object.assign(new ReceivableEntity(), {
    id: row.id,
    status: row.status,
    creditorId: row.creditor_id,
    debtorId: row.debtor_id,
    creditorCityCode: row.creditor_city_code,
    debtorCityCode: row.debtor_city_code,
    contractNo: row.contract_no,
    amount: row.amount,
    confirmedAmount: row.confirmed_amount,
    paidAmount: row.paid_amount,
    deliveryDate: row.delivery_date,
    dueDate: row.due_date,
    paymentTermDays: row.payment_term_days,
    paymentTermFlags: row.payment_term_flags,
    lateInterestRate: row.late_interest_rate === null ? null : canonicalRate(row.late_interest_rate),
    description: row.description,
    confirmedAt: row.confirmed_at,
    disputeReason: row.dispute_reason,
    settledOn: row.settled_on,
    financingRequestId: row.financing_request_id,
    pledge: row.pledge,
    createdBy: row.created_by,
    importJobId: row.import_job_id,
    importRow: row.import_row,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  } satisfies Omit<ReceivableEntity, 'creditor' | 'debtor'>);
}

export function receivableWithPartiesOf(row: ReceivableWithPartiesRow): ReceivableEntity {
  return Object.assign(receivableOf(row), {
    creditor: enterpriseOf(row, 'creditor'),
    debtor: enterpriseOf(row, 'debtor'),
  });
}

function enterpriseOf(row: ReceivableWithPartiesRow, party: 'creditor' | 'debtor'): EnterpriseEntity {
  const column = <C extends keyof EnterpriseRow>(name: C) =>
    (row as unknown as Record<string, EnterpriseRow[C]>)[`${party}_${name}`];
  return Object.assign(new EnterpriseEntity(), {
    id: column('id'),
    name: column('name'),
    uscc: column('uscc'),
    kind: column('kind'),
    cityCode: column('city_code'),
    industry: column('industry'),
    employees: column('employees'),
    annualRevenue: column('annual_revenue'),
    totalAssets: column('total_assets'),
    ownership: column('ownership'),
    sizeClass: column('size_class'),
    financingRatio: column('financing_ratio'),
    parentId: column('parent_id'),
    createdAt: column('created_at'),
    updatedAt: column('updated_at'),
  } satisfies EnterpriseEntity);
}

export interface InvoiceRow {
  receivable_id: string;
  position: number;
  number: string;
  amount: string;
  issue_date: string;
  live: boolean;
}

export function invoiceOf(row: InvoiceRow): ReceivableInvoiceEntity {
  return Object.assign(new ReceivableInvoiceEntity(), {
    receivableId: row.receivable_id,
    position: row.position,
    number: row.number,
    amount: row.amount,
    issueDate: row.issue_date,
    live: row.live,
  });
}

export interface PaymentRow {
  id: string;
  receivable_id: string;
  amount: string;
  paid_on: string;
  reference: string;
  recorded_by: string | null;
  created_at: Date;
}

export function paymentOf(row: PaymentRow): ReceivablePaymentEntity {
  return Object.assign(new ReceivablePaymentEntity(), {
    id: row.id,
    receivableId: row.receivable_id,
    amount: row.amount,
    paidOn: row.paid_on,
    reference: row.reference,
    recordedBy: row.recorded_by,
    createdAt: row.created_at,
  });
}

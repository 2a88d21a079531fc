import { Money } from '@gqt/kernel';
import { outstanding, type MonitoredReceivable, type ReceivableStatus } from './domain/monitored-receivable';

/** A row of monitoring_receivables as the driver returns it (bigint and numeric as strings). */
export interface ReceivableRow {
  receivable_id: string;
  creditor_id: string;
  debtor_id: string;
  creditor_city_code: string;
  debtor_city_code: string;
  debtor_industry: string;
  contract_no: string;
  status: ReceivableStatus;
  amount_fen: string | null;
  confirmed_fen: string | null;
  paid_fen: string;
  transferred_fen: string;
  outstanding_fen: string;
  delivery_date: string | null;
  due_date: string | null;
  due_date_confirmed: boolean;
  late_interest_rate: string | null;
  registered_at: Date | null;
  confirmed_at: Date | null;
  settled_on: string | null;
  root_id: string | null;
  issued_on: string | null;
  overdue_notice_id: string | null;
}

const fenOrNull = (fen: string | null) => (fen === null ? null : Money.ofFen(fen));

export function receivableOf(row: ReceivableRow): MonitoredReceivable {
  return {
    receivableId: row.receivable_id,
    creditorId: row.creditor_id,
    debtorId: row.debtor_id,
    creditorCityCode: row.creditor_city_code,
    debtorCityCode: row.debtor_city_code,
    debtorIndustry: row.debtor_industry,
    contractNo: row.contract_no,
    status: row.status,
    amount: fenOrNull(row.amount_fen),
    confirmedAmount: fenOrNull(row.confirmed_fen),
    paid: Money.ofFen(row.paid_fen),
    transferred: Money.ofFen(row.transferred_fen),
    rootId: row.root_id,
    issuedOn: row.issued_on,
    deliveryDate: row.delivery_date,
    dueDate: row.due_date,
    dueDateConfirmed: row.due_date_confirmed,
    lateInterestRate: row.late_interest_rate,
    registeredAt: row.registered_at,
    confirmedAt: row.confirmed_at,
    settledOn: row.settled_on,
  };
}

/** The row's columns as JSON, for statements that write many rows through jsonb_to_recordset. */
export function rowOf(r: MonitoredReceivable) {
  return {
    receivable_id: r.receivableId,
    creditor_id: r.creditorId,
    debtor_id: r.debtorId,
    creditor_city_code: r.creditorCityCode,
    debtor_city_code: r.debtorCityCode,
    debtor_industry: r.debtorIndustry,
    contract_no: r.contractNo,
    status: r.status,
    amount_fen: r.amount?.fen.toString() ?? null,
    confirmed_fen: r.confirmedAmount?.fen.toString() ?? null,
    paid_fen: r.paid.fen.toString(),
    transferred_fen: r.transferred.fen.toString(),
    outstanding_fen: outstanding(r).fen.toString(),
    delivery_date: r.deliveryDate,
    due_date: r.dueDate,
    due_date_confirmed: r.dueDateConfirmed,
    late_interest_rate: r.lateInterestRate,
    registered_at: r.registeredAt,
    confirmed_at: r.confirmedAt,
    settled_on: r.settledOn,
    root_id: r.rootId,
    issued_on: r.issuedOn,
  };
}

import { Money, isBusinessDate } from '@gqt/kernel';
import { isValidUscc } from '@gqt/enterprises';
import { RATE_PATTERN, isStorableText } from '@gqt/platform';
import { checkInvoiceNumber } from '../domain/invoice-number';
import type { HeaderMapping, ImportColumn } from './import-columns';

/** One row of the file, its cells as text. Row numbers count the header as row 1. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** A valid invoice line of the file. */
export interface ImportLine {
  row: number;
  contractNo: string;
  debtorUscc: string;
  invoiceNumber: string;
  invoiceAmount: string;
  invoiceIssueDate: string;
  deliveryDate: string;
  dueDate: string;
  description: string;
  amount: string;
  lateInterestRate: string;
}

export interface RowError {
  row: number;
  code: string;
  message: string;
}

const MAX_TEXT = { contractNo: 100, description: 2000 } as const;

/** Which contract (of which debtor) a row belongs to; rows of one contract make one receivable. */
export function groupKey(contractNo: string, debtorUscc: string): string {
  return `${debtorUscc.trim().toUpperCase()}\u0000${contractNo.trim()}`;
}

export function cellOf(row: SheetRow, header: HeaderMapping, column: ImportColumn): string {
  const index = header.indexOf[column];
  return index === undefined ? '' : (row.cells[index] ?? '').trim();
}

export const isBlankRow = (row: SheetRow): boolean => row.cells.every((cell) => cell.trim() === '');

// Excel counts days from 1899-12-30; a date cell that lost its format arrives as that number.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_SERIAL = /^\d{5}$/;

/**
 * Accepts YYYY-MM-DD, also written with slashes or without leading zeros, and Excel's day serial
 * numbers, as spreadsheets produce them.
 */
export function normaliseDate(text: string): string | null {
  if (EXCEL_SERIAL.test(text)) return new Date(EXCEL_EPOCH_MS + Number(text) * 86_400_000).toISOString().slice(0, 10);
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (!match) return null;
  const date = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  return isBusinessDate(date) ? date : null;
}

/** Checks one row's cells on their own; the contract's rows are checked together later. */
export function parseRow(row: SheetRow, header: HeaderMapping): ImportLine | RowError {
  const cell = (column: ImportColumn) => cellOf(row, header, column);
  const fail = (code: string, message: string): RowError => ({ row: row.row, code, message });
  for (const column of [
    'contractNo',
    'debtorUscc',
    'invoiceNumber',
    'invoiceAmount',
    'deliveryDate',
    'dueDate',
  ] as const) {
    if (cell(column) === '') return fail('MISSING_FIELD', `${column} is empty`);
  }
  if (cell('invoiceIssueDate') === '') return fail('MISSING_FIELD', 'invoiceIssueDate is empty');
  // The file is input like any request body: text the database cannot store is the row's fault.
  if (!row.cells.every(isStorableText)) {
    return fail('INVALID_TEXT', 'a cell contains NUL characters or unpaired UTF-16 surrogates');
  }
  for (const [column, max] of Object.entries(MAX_TEXT) as [ImportColumn, number][]) {
    if (cell(column).length > max) return fail('FIELD_TOO_LONG', `${column} is longer than ${max} characters`);
  }
  const debtorUscc = cell('debtorUscc').toUpperCase();
  if (!isValidUscc(debtorUscc)) {
    return fail('USCC_INVALID', `${debtorUscc} is not a valid unified social credit code (GB 32100-2015)`);
  }
  const dates = {} as Record<'invoiceIssueDate' | 'deliveryDate' | 'dueDate', string>;
  for (const column of ['invoiceIssueDate', 'deliveryDate', 'dueDate'] as const) {
    const date = normaliseDate(cell(column));
    if (date === null) return fail('INVALID_DATE', `${column} "${cell(column)}" is not a date YYYY-MM-DD`);
    dates[column] = date;
  }
  const invoice = checkInvoiceNumber(cell('invoiceNumber'), dates.invoiceIssueDate);
  if (typeof invoice === 'string') return fail('INVALID_INVOICE_NUMBER', `invoiceNumber ${invoice}`);
  for (const column of ['invoiceAmount', 'amount'] as const) {
    const text = cell(column);
    if (text !== '' && !Money.isValid(text)) {
      return fail('INVALID_AMOUNT', `${column} "${cell(column)}" is not yuan with at most two decimals`);
    }
  }
  if (!Money.parse(cell('invoiceAmount')).isPositive()) {
    return fail('INVALID_AMOUNT', 'invoiceAmount must be greater than zero');
  }
  const rate = cell('lateInterestRate');
  if (rate !== '' && !RATE_PATTERN.test(rate)) {
    return fail('INVALID_RATE', `lateInterestRate "${rate}" is not an annual rate such as 0.0365`);
  }
  return {
    row: row.row,
    contractNo: cell('contractNo'),
    debtorUscc,
    invoiceNumber: invoice.normalised,
    invoiceAmount: cell('invoiceAmount'),
    ...dates,
    description: cell('description'),
    amount: cell('amount'),
    lateInterestRate: rate,
  };
}

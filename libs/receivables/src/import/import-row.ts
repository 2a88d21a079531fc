import { IMPORT_SAMPLE_ROW } from '@gqt/contracts';
import { Money, isBusinessDate } from '@gqt/kernel';
import { isValidUscc } from '@gqt/enterprises';
import { RATE_PATTERN, isStorableText, type RowError, type RowProblem } from '@gqt/platform';
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

export type { RowError, RowProblem } from '@gqt/platform';

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

/** A row an import passes over: blank, or the template's sample row left in place. */
export const isSkippedRow = (row: SheetRow, header: HeaderMapping): boolean =>
  isBlankRow(row) || cellOf(row, header, 'contractNo') === IMPORT_SAMPLE_ROW.contractNo;

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

/** Checks one row's cells on their own, reporting every problem of the row at once; the contract's rows are checked together later. */
export function parseRow(row: SheetRow, header: HeaderMapping): ImportLine | RowError {
  const cell = (column: ImportColumn) => cellOf(row, header, column);
  const problems: RowProblem[] = [];
  const problem = (code: string, column: ImportColumn | undefined, message: string) =>
    problems.push(column ? { code, column, message } : { code, message });
  const required = [
    'contractNo',
    'debtorUscc',
    'invoiceNumber',
    'invoiceAmount',
    'invoiceIssueDate',
    'deliveryDate',
    'dueDate',
  ] as const;
  for (const column of required) {
    if (cell(column) === '') problem('MISSING_FIELD', column, `${column} is empty`);
  }
  // The file is input like any request body: text the database cannot store is the row's fault.
  if (!row.cells.every(isStorableText)) {
    problem('INVALID_TEXT', undefined, 'a cell contains NUL characters or unpaired UTF-16 surrogates');
  }
  for (const [column, max] of Object.entries(MAX_TEXT) as [ImportColumn, number][]) {
    if (cell(column).length > max) problem('FIELD_TOO_LONG', column, `${column} is longer than ${max} characters`);
  }
  const debtorUscc = cell('debtorUscc').toUpperCase();
  if (debtorUscc !== '' && !isValidUscc(debtorUscc)) {
    problem('USCC_INVALID', 'debtorUscc', `${debtorUscc} is not a valid unified social credit code (GB 32100-2015)`);
  }
  const dates = {} as Record<'invoiceIssueDate' | 'deliveryDate' | 'dueDate', string>;
  for (const column of ['invoiceIssueDate', 'deliveryDate', 'dueDate'] as const) {
    if (cell(column) === '') continue;
    const date = normaliseDate(cell(column));
    if (date === null) problem('INVALID_DATE', column, `${column} "${cell(column)}" is not a date YYYY-MM-DD`);
    else dates[column] = date;
  }
  let invoiceNumber = '';
  if (cell('invoiceNumber') !== '') {
    const invoice = checkInvoiceNumber(cell('invoiceNumber'), dates.invoiceIssueDate);
    if (typeof invoice === 'string') problem('INVALID_INVOICE_NUMBER', 'invoiceNumber', `invoiceNumber ${invoice}`);
    else invoiceNumber = invoice.normalised;
  }
  for (const column of ['invoiceAmount', 'amount'] as const) {
    const text = cell(column);
    if (text === '') continue;
    if (!Money.isValid(text)) {
      problem('INVALID_AMOUNT', column, `${column} "${cell(column)}" is not yuan with at most two decimals`);
    } else if (column === 'invoiceAmount' && !Money.parse(text).isPositive()) {
      problem('INVALID_AMOUNT', column, 'invoiceAmount must be greater than zero');
    }
  }
  const rate = cell('lateInterestRate');
  if (rate !== '' && !RATE_PATTERN.test(rate)) {
    problem('INVALID_RATE', 'lateInterestRate', `lateInterestRate "${rate}" is not an annual rate such as 0.0365`);
  }
  if (problems.length > 0) {
    const [first] = problems;
    return {
      row: row.row,
      code: first.code,
      ...(first.column ? { column: first.column } : {}),
      message: problems.map((p) => p.message).join('; '),
      problems,
    };
  }
  return {
    row: row.row,
    contractNo: cell('contractNo'),
    debtorUscc,
    invoiceNumber,
    invoiceAmount: cell('invoiceAmount'),
    ...dates,
    description: cell('description'),
    amount: cell('amount'),
    lateInterestRate: rate,
  };
}

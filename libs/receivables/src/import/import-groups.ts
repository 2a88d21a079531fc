import { DomainError, Money, type BusinessDate } from '@gqt/kernel';
import { normaliseInvoiceNumber } from '../domain/invoice-number';
import { canonicalRate } from '../domain/loan-prime-rate';
import { validateRegistration, type RegisteredInvoice } from '../domain/registration';
import type { HeaderMapping } from './import-columns';
import { cellOf, groupKey, isSkippedRow, parseRow, type ImportLine, type RowError, type SheetRow } from './import-row';

/**
 * What the first pass over a file learns: how many rows each contract has (so that the second pass
 * knows when a contract is complete, wherever its rows are) and where each invoice first appears.
 */
export class ImportCensus {
  readonly rowsPerGroup = new Map<string, number>();
  private readonly firstRowOfInvoice = new Map<string, number>();
  dataRows = 0;

  add(row: SheetRow, header: HeaderMapping): void {
    if (isSkippedRow(row, header)) return;
    this.dataRows += 1;
    const key = keyOf(row, header);
    if (key !== null) this.rowsPerGroup.set(key, (this.rowsPerGroup.get(key) ?? 0) + 1);
    const invoice = cellOf(row, header, 'invoiceNumber');
    if (invoice !== '') {
      const number = normaliseInvoiceNumber(invoice);
      if (!this.firstRowOfInvoice.has(number)) this.firstRowOfInvoice.set(number, row.row);
    }
  }

  /** The row where an invoice number first appears in the file, if earlier than `row`. */
  earlierRowOf(invoiceNumber: string, row: number): number | undefined {
    const first = this.firstRowOfInvoice.get(invoiceNumber);
    return first !== undefined && first < row ? first : undefined;
  }
}

/** The contract a row belongs to, or null when the row names none (it fails on its own). */
export function keyOf(row: SheetRow, header: HeaderMapping): string | null {
  const contractNo = cellOf(row, header, 'contractNo');
  const debtorUscc = cellOf(row, header, 'debtorUscc');
  return contractNo === '' || debtorUscc === '' ? null : groupKey(contractNo, debtorUscc);
}

/** The rows of one contract, gathered until all of them have been read. */
export class ImportGroup {
  readonly lines: ImportLine[] = [];
  readonly failures: RowError[] = [];

  constructor(
    readonly key: string,
    readonly expectedRows: number,
  ) {}

  get rows(): number[] {
    return [...this.lines.map((l) => l.row), ...this.failures.map((f) => f.row)].sort((a, b) => a - b);
  }

  get firstRow(): number {
    return this.rows[0];
  }

  get complete(): boolean {
    return this.lines.length + this.failures.length >= this.expectedRows;
  }

  /** Every row of the group refused with the same code (a refusal of the contract as a whole). */
  refuseAll(code: string, message: string): RowError[] {
    return this.rows.map((row) => ({ row, code, message }));
  }
}

/** Parses a data row and refuses an invoice that already appeared earlier in the file. */
export function readLine(row: SheetRow, header: HeaderMapping, census: ImportCensus): ImportLine | RowError {
  const parsed = parseRow(row, header);
  if ('code' in parsed) return parsed;
  const earlier = census.earlierRowOf(parsed.invoiceNumber, row.row);
  if (earlier !== undefined) {
    return {
      row: row.row,
      code: 'DUPLICATE_INVOICE_IN_FILE',
      message: `invoice ${parsed.invoiceNumber} already appears in row ${earlier}`,
    };
  }
  return parsed;
}

export interface GroupRegistration {
  group: ImportGroup;
  contractNo: string;
  debtorUscc: string;
  invoices: RegisteredInvoice[];
  amount: string;
  deliveryDate: BusinessDate;
  dueDate: BusinessDate;
  description: string | null;
  lateInterestRate: string | null;
}

function agreed(lines: ImportLine[], field: 'deliveryDate' | 'dueDate' | 'amount' | 'lateInterestRate'): boolean {
  const values = new Set(lines.map((l) => l[field]).filter((v) => v !== ''));
  return values.size <= 1;
}

/**
 * Checks a complete contract: any bad row refuses the whole contract (its other rows say which row
 * is bad); rows must agree on dates, amount and rate; then the registration rules of a single POST.
 */
export function resolveGroup(group: ImportGroup, today: BusinessDate): GroupRegistration | RowError[] {
  if (group.failures.length > 0) {
    const bad = group.failures.map((f) => f.row).join(', ');
    return [
      ...group.failures,
      ...group.lines.map((line) => ({
        row: line.row,
        code: 'CONTRACT_HAS_INVALID_ROWS',
        message: `contract ${line.contractNo} is not registered: row ${bad} of it is invalid`,
      })),
    ];
  }
  const lines = [...group.lines].sort((a, b) => a.row - b.row);
  const first = lines[0];
  for (const field of ['deliveryDate', 'dueDate', 'amount', 'lateInterestRate'] as const) {
    if (!agreed(lines, field)) {
      return group.refuseAll(
        'INCONSISTENT_CONTRACT_ROWS',
        `the rows of contract ${first.contractNo} differ in ${field}`,
      );
    }
  }
  const sum = lines.find((l) => l.amount !== '')?.amount;
  const rate = lines.find((l) => l.lateInterestRate !== '')?.lateInterestRate;
  try {
    const { invoices, amount } = validateRegistration(
      {
        invoices: lines.map((l) => ({
          number: l.invoiceNumber,
          amount: l.invoiceAmount,
          issueDate: l.invoiceIssueDate,
        })),
        // Without an amount column the receivable's amount is its invoices' sum.
        amount: sum ?? Money.sum(lines.map((l) => Money.parse(l.invoiceAmount))).toString(),
        deliveryDate: first.deliveryDate,
        dueDate: first.dueDate,
        lateInterestRate: rate,
      },
      today,
    );
    return {
      group,
      contractNo: first.contractNo,
      debtorUscc: first.debtorUscc,
      invoices,
      amount: amount.toString(),
      deliveryDate: first.deliveryDate,
      dueDate: first.dueDate,
      description: lines.find((l) => l.description !== '')?.description ?? null,
      lateInterestRate: rate === undefined ? null : canonicalRate(rate),
    };
  } catch (error) {
    if (error instanceof DomainError) return group.refuseAll(error.code, error.message);
    throw error;
  }
}

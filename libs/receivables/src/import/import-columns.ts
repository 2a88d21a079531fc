/** The columns of an import file (api-contract.md § Receivables), with the template's Chinese labels. */
export const IMPORT_COLUMNS = [
  { key: 'contractNo', label: '合同编号', required: true, aliases: [], hint: '同一合同的多张发票各占一行' },
  { key: 'debtorUscc', label: '债务人统一社会信用代码', required: true, aliases: [], hint: '18 位' },
  {
    key: 'invoiceNumber',
    label: '发票号码',
    required: true,
    aliases: [],
    hint: '20 位数电票号码，或 发票代码-发票号码（10/12 位代码，8 位号码）',
  },
  { key: 'invoiceAmount', label: '发票金额', required: true, aliases: [], hint: '元，最多两位小数' },
  { key: 'invoiceIssueDate', label: '开票日期', required: true, aliases: ['issueDate'], hint: 'YYYY-MM-DD' },
  { key: 'deliveryDate', label: '交付日期', required: true, aliases: [], hint: 'YYYY-MM-DD，同一合同各行相同' },
  { key: 'dueDate', label: '到期日', required: true, aliases: [], hint: 'YYYY-MM-DD，同一合同各行相同' },
  { key: 'description', label: '说明', required: false, aliases: [], hint: '可选' },
  {
    key: 'amount',
    label: '应收账款金额',
    required: false,
    aliases: [],
    hint: '可选；填写时须等于该合同各发票金额之和',
  },
  {
    key: 'lateInterestRate',
    label: '约定逾期利率',
    required: false,
    aliases: [],
    hint: '可选，年利率小数，如 0.0365；不得低于签约时 1 年期 LPR',
  },
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number]['key'];

/** A template header cell: the Chinese label with the English key, e.g. "合同编号(contractNo)". */
export const templateHeader = (column: (typeof IMPORT_COLUMNS)[number]): string => `${column.label}(${column.key})`;

const simplify = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

const NAMES = new Map<string, ImportColumn>(
  IMPORT_COLUMNS.flatMap((c) => [c.key, c.label, ...c.aliases].map((name) => [simplify(name), c.key] as const)),
);

function columnOf(header: string): ImportColumn | undefined {
  const text = simplify(header);
  const parts = /^([^()]*)\(([^()]*)\)$/.exec(text);
  return NAMES.get(text) ?? (parts ? (NAMES.get(parts[2]) ?? NAMES.get(parts[1])) : undefined);
}

export interface HeaderMapping {
  /** The cell index of each recognised column. */
  indexOf: Partial<Record<ImportColumn, number>>;
  missing: ImportColumn[];
  repeated: ImportColumn[];
}

/**
 * Reads the header row: each cell may be the English key, the Chinese label or both as in the
 * template; columns it does not know are ignored.
 */
export function mapHeader(cells: string[]): HeaderMapping {
  const indexOf: Partial<Record<ImportColumn, number>> = {};
  const repeated: ImportColumn[] = [];
  cells.forEach((cell, index) => {
    const column = columnOf(cell);
    if (column === undefined) return;
    if (indexOf[column] !== undefined) repeated.push(column);
    else indexOf[column] = index;
  });
  const missing = IMPORT_COLUMNS.filter((c) => c.required && indexOf[c.key] === undefined).map((c) => c.key);
  return { indexOf, missing, repeated };
}

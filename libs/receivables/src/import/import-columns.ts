import { IMPORT_COLUMN_SPECS, type ImportColumnKey } from '@gqt/contracts';

/** The columns of an import file (api-contract.md § Receivables), with the template's Chinese labels. */
export const IMPORT_COLUMNS = IMPORT_COLUMN_SPECS.map((spec) => ({
  key: spec.key,
  label: spec.label['zh-CN'],
  labelEn: spec.label.en,
  required: spec.required,
  // Older files may call the issue date just "issueDate".
  aliases: spec.key === 'invoiceIssueDate' ? ['issueDate'] : ([] as string[]),
  hint: spec.hint['zh-CN'],
  hintEn: spec.hint.en,
}));

export type ImportColumn = ImportColumnKey;

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

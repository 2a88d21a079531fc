import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { TextDecoder } from 'node:util';
import type { SheetRow } from './import-row';

export type SheetFormat = 'csv' | 'xlsx';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** What a file is, from its first bytes: an XLSX workbook is a zip; anything textual is read as CSV. */
export function sniffFormat(head: Buffer): SheetFormat | 'unsupported' {
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) return 'xlsx';
  if (head.subarray(0, 4).equals(OLE_MAGIC) || head.includes(0)) return 'unsupported';
  return 'csv';
}

/**
 * Decodes a CSV's bytes as UTF-8 (with or without BOM) or, when its beginning is not UTF-8, as
 * GB 18030: Excel on Chinese Windows saves "CSV" in the local code page.
 */
class CsvTextDecoder extends Transform {
  private decoder?: TextDecoder;

  constructor() {
    super({ readableObjectMode: false, decodeStrings: true });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.decoder ??= CsvTextDecoder.pick(chunk);
    done(null, this.decoder.decode(chunk, { stream: true }));
  }

  override _flush(done: TransformCallback): void {
    done(null, this.decoder?.decode() ?? '');
  }

  private static pick(head: Buffer): TextDecoder {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
      return new TextDecoder('utf-8');
    } catch {
      return new TextDecoder('gb18030');
    }
  }
}

async function* csvRows(source: Readable): AsyncGenerator<SheetRow> {
  const records = source
    .pipe(new CsvTextDecoder())
    .pipe(parse({ relax_column_count: true, skip_empty_lines: false, trim: false }));
  let row = 0;
  for await (const cells of records as AsyncIterable<string[]>) {
    row += 1;
    yield { row, cells };
  }
}

type CellValue = ExcelJS.CellValue;

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result);
  if ('text' in value) return String(value.text);
  return '';
}

/** The first worksheet's rows, streamed: the workbook is never held in memory whole. */
async function* xlsxRows(source: Readable): AsyncGenerator<SheetRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  for await (const worksheet of workbook) {
    for await (const row of worksheet) {
      const values = row.values as CellValue[];
      yield { row: row.number, cells: values.slice(1).map(cellText) };
    }
    return;
  }
}

export function sheetRows(format: SheetFormat, source: Readable): AsyncGenerator<SheetRow> {
  return format === 'csv' ? csvRows(source) : xlsxRows(source);
}

import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { readerLanguage } from './reader-language';

export type TableFormat = 'json' | 'csv' | 'xlsx';

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type TableLanguage = 'zh-CN' | 'en';

export interface Column<Row> {
  /** The JSON field name: the header for programs (no Accept-Language). */
  header: string;
  /** The header for a person, in each language (Accept-Language); the field name without it. */
  label?: Record<TableLanguage, string>;
  /**
   * A column only for people (Accept-Language given), e.g. a city's name beside its code; a
   * function of the language.
   */
  readerOnly?: true;
  value: (row: Row, language: TableLanguage | null) => string | number | boolean | null | undefined;
}

export interface Table<Row> {
  /** File name without extension, e.g. "overdue-2026-11-30". */
  name: string;
  columns: Column<Row>[];
  rows: Iterable<Row> | AsyncIterable<Row>;
}

/**
 * Which representation the caller asked for: `Accept: text/csv` or the XLSX media type (or
 * `?format=csv|xlsx` for links a browser follows); JSON otherwise.
 */
export function requestedFormat(request: Request): TableFormat {
  const query = typeof request.query.format === 'string' ? request.query.format.toLowerCase() : undefined;
  if (query === 'csv' || query === 'xlsx') return query;
  const accepted = request.accepts(['application/json', CSV_TYPE, XLSX_TYPE]);
  return accepted === CSV_TYPE ? 'csv' : accepted === XLSX_TYPE ? 'xlsx' : 'json';
}

/**
 * Answers JSON, or streams the table as CSV (UTF-8 with a byte-order mark) or XLSX when the caller
 * sends `Accept: text/csv` (or the XLSX type) or `?format=`; each is built only when asked for.
 */
export async function answerWithTable<Row>(
  request: Request,
  response: Response,
  json: () => Promise<unknown>,
  table: () => Promise<Table<Row>>,
): Promise<void> {
  const format = requestedFormat(request);
  if (format === 'json') response.json(await json());
  else await sendTable(response, format, await table(), readerLanguage(request));
}

/**
 * Streams a table as CSV (UTF-8 with a byte-order mark, so that Excel shows Chinese names) or as
 * an XLSX workbook, without holding the whole export in memory. For a person (`language`, from
 * Accept-Language) the headers are in that language and the reader-only columns (names beside
 * codes) are added; for a program (`null`) headers are the JSON field names.
 */
export async function sendTable<Row>(
  response: Response,
  format: 'csv' | 'xlsx',
  table: Table<Row>,
  language: TableLanguage | null = null,
): Promise<void> {
  response.setHeader('Content-Disposition', `attachment; filename="${encodeURIComponent(table.name)}.${format}"`);
  if (language) response.setHeader('Content-Language', language);
  response.vary('Accept-Language');
  const columns = table.columns.filter((column) => language !== null || !column.readerOnly);
  const headers = columns.map((column) => (language && column.label ? column.label[language] : column.header));
  const records = async function* () {
    for await (const row of table.rows) yield columns.map((column) => column.value(row, language) ?? '');
  };
  if (format === 'csv') {
    response.type(`${CSV_TYPE}; charset=utf-8`);
    response.write('\uFEFF');
    const csv = stringify({ header: true, columns: headers });
    await pipeline(Readable.from(records()), csv, response);
    return;
  }
  response.type(XLSX_TYPE);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: response, useStyles: true });
  const sheet = workbook.addWorksheet(table.name.slice(0, 31));
  sheet.addRow(headers).commit();
  for await (const record of records()) sheet.addRow(record).commit();
  sheet.commit();
  await workbook.commit();
}

import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { IMPORT_SAMPLE_ROW } from '@gqt/contracts';
import { IMPORT_COLUMNS, templateHeader } from './import-columns';

const TEXT_COLUMNS = new Set<string>(['contractNo', 'debtorUscc', 'invoiceNumber']);

const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * The CSV template: a UTF-8 header row (with BOM, so that Excel shows the Chinese labels) and the
 * sample row, which an import skips.
 */
export function csvTemplate(): string {
  const sample = IMPORT_COLUMNS.map((column) => csvCell(IMPORT_SAMPLE_ROW[column.key]));
  return `\uFEFF${IMPORT_COLUMNS.map(templateHeader).join(',')}\n${sample.join(',')}\n`;
}

/** The XLSX template: the header, identifier columns formatted as text, and a sheet explaining each column. */
export async function writeXlsxTemplate(target: Writable): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('应收账款 Receivables');
  sheet.columns = IMPORT_COLUMNS.map((column) => ({
    header: templateHeader(column),
    key: column.key,
    width: Math.max(16, templateHeader(column).length + 6),
    // Credit codes and 20-digit invoice numbers must stay text: as numbers Excel would round them.
    style: TEXT_COLUMNS.has(column.key) ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  // The sample row shows the format; an import skips it (its contract number says it is the sample).
  sheet.addRow(Object.fromEntries(IMPORT_COLUMNS.map((column) => [column.key, IMPORT_SAMPLE_ROW[column.key]])));
  sheet.getRow(2).font = { italic: true, color: { argb: 'FF888888' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = workbook.addWorksheet('填写说明 Instructions');
  help.columns = [
    { header: '列 Column', key: 'header', width: 36 },
    { header: '必填 Required', key: 'required', width: 14 },
    { header: '说明 Notes', key: 'hint', width: 70 },
  ];
  for (const column of IMPORT_COLUMNS) {
    help.addRow({
      header: templateHeader(column),
      required: column.required ? '是 yes' : '否 no',
      hint: `${column.hint} / ${column.hintEn}`,
    });
  }
  help.addRow({});
  help.addRow({ header: '每张发票一行；同一合同（同一债务人）的各行合并为一笔应收账款。' });
  help.addRow({ header: 'One row per invoice; rows of one contract (and debtor) become one receivable.' });
  help.addRow({ header: `第 2 行是示例（合同编号 ${IMPORT_SAMPLE_ROW.contractNo}），导入时跳过。` });
  help.addRow({ header: `Row 2 is a sample (contract ${IMPORT_SAMPLE_ROW.contractNo}); imports skip it.` });
  await workbook.xlsx.write(target);
}

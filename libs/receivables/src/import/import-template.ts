import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { IMPORT_COLUMNS, templateHeader } from './import-columns';

const TEXT_COLUMNS = new Set<string>(['contractNo', 'debtorUscc', 'invoiceNumber']);

/** The CSV template: a UTF-8 header row (with BOM, so that Excel shows the Chinese labels). */
export function csvTemplate(): string {
  return `\uFEFF${IMPORT_COLUMNS.map(templateHeader).join(',')}\n`;
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
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = workbook.addWorksheet('填写说明 Instructions');
  help.columns = [
    { header: '列 Column', key: 'header', width: 36 },
    { header: '必填 Required', key: 'required', width: 14 },
    { header: '说明 Notes', key: 'hint', width: 70 },
  ];
  for (const column of IMPORT_COLUMNS) {
    help.addRow({ header: templateHeader(column), required: column.required ? '是 yes' : '否 no', hint: column.hint });
  }
  help.addRow({});
  help.addRow({ header: '每张发票一行；同一合同（同一债务人）的各行合并为一笔应收账款。' });
  help.addRow({ header: 'One row per invoice; rows of one contract (and debtor) become one receivable.' });
  await workbook.xlsx.write(target);
}

import { IMPORT_COLUMNS, mapHeader, templateHeader } from './import-columns';
import { normaliseDate } from './import-row';

describe('import file headers', () => {
  it('reads English keys, Chinese labels and the template’s "label(key)" cells, ignoring unknown columns', () => {
    const header = mapHeader([
      '合同编号',
      'debtorUscc',
      '发票号码(invoiceNumber)',
      'invoiceAmount',
      'issueDate',
      '交付日期',
      '到期日',
      '备忘',
    ]);
    expect(header.missing).toEqual([]);
    expect(header.indexOf).toMatchObject({
      contractNo: 0,
      debtorUscc: 1,
      invoiceNumber: 2,
      invoiceIssueDate: 4,
      dueDate: 6,
    });
    expect(header.indexOf.description).toBeUndefined();
  });

  it('names the required columns that are missing and those that appear twice', () => {
    const header = mapHeader(['contractNo', 'ContractNo', 'debtorUscc']);
    expect(header.repeated).toEqual(['contractNo']);
    expect(header.missing).toEqual(['invoiceNumber', 'invoiceAmount', 'invoiceIssueDate', 'deliveryDate', 'dueDate']);
  });

  it('understands its own template', () => {
    expect(mapHeader(IMPORT_COLUMNS.map(templateHeader)).missing).toEqual([]);
  });
});

describe('dates in import files', () => {
  it.each([
    ['2026-11-02', '2026-11-02'],
    ['2026/11/2', '2026-11-02'],
    ['2026.1.15', '2026-01-15'],
    ['46328', '2026-11-02'], // Excel's day serial number
    ['2026-02-30', null],
    ['02/11/2026', null],
  ])('%s → %s', (text, date) => {
    expect(normaliseDate(text)).toBe(date);
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CITIES, fakeApi, meOf, renderPage } from '../test/render';
import { JobProgress } from './JobProgress';

const me = meOf('SME', 'e-sme');
const job = {
  id: 'j-1',
  kind: 'receivables.import',
  status: 'DONE',
  total: 2,
  succeeded: 1,
  failed: 1,
  result: null,
  createdAt: '2026-11-02T02:00:00.000Z',
  errors: [
    {
      row: 3,
      code: 'MISSING_FIELD',
      column: 'invoiceNumber',
      message: 'invoiceNumber is empty; dueDate "soon" is not a date YYYY-MM-DD',
      problems: [
        { code: 'MISSING_FIELD', column: 'invoiceNumber', message: 'invoiceNumber is empty' },
        { code: 'INVALID_DATE', column: 'dueDate', message: 'dueDate "soon" is not a date YYYY-MM-DD' },
      ],
    },
    { row: 4, code: 'INVOICE_ALREADY_REGISTERED', message: 'invoice 123 is on receivable x' },
  ],
};

describe('the import report', () => {
  it('lists all of a row’s problems in the reader’s language, without raw codes or English', async () => {
    fakeApi({ 'GET /me': () => me, 'GET /cities': () => CITIES, 'GET /jobs/j-1': () => job });
    await renderPage(<JobProgress jobId="j-1" />, { me });
    expect(await screen.findByText('“发票号码”未填写')).toBeTruthy();
    expect(screen.getByText('“到期日”不是有效日期，请写作 YYYY-MM-DD')).toBeTruthy();
    expect(screen.getByText('发票已登记在另一笔应收账款上')).toBeTruthy();
    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/MISSING_FIELD|INVALID_DATE|INVOICE_ALREADY_REGISTERED|is empty|is not a date/);
  });

  it('says them in English to an English reader', async () => {
    fakeApi({ 'GET /me': () => me, 'GET /cities': () => CITIES, 'GET /jobs/j-1': () => job });
    await renderPage(<JobProgress jobId="j-1" />, { me, language: 'en' });
    expect(await screen.findByText('“Invoice number” is empty')).toBeTruthy();
    expect(screen.getByText('“Due date” is not a date: write YYYY-MM-DD')).toBeTruthy();
  });
});

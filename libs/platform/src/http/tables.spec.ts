import ExcelJS from 'exceljs';
import express from 'express';
import request from 'supertest';
import { requestedFormat, sendTable, type Table } from './tables';

interface Debt {
  debtor: string;
  amount: string;
}

const table: Table<Debt> = {
  name: 'overdue',
  columns: [
    { header: 'debtor', value: (row) => row.debtor },
    { header: 'amount', value: (row) => row.amount },
  ],
  rows: [
    { debtor: '柳州示范汽车集团', amount: '100000.00' },
    { debtor: 'Quote "and", comma', amount: '0.50' },
  ],
};

const app = express().get('/table', (req, res) => {
  const format = requestedFormat(req);
  if (format === 'json') res.json(table.rows);
  else void sendTable(res, format, table);
});

describe('tabular exports', () => {
  it('answers JSON unless CSV or XLSX is asked for', async () => {
    const response = await request(app).get('/table').set('Accept', 'application/json');
    expect(response.body).toEqual(table.rows);
  });

  it('writes CSV in UTF-8 with a byte-order mark, quoting where needed', async () => {
    const response = await request(app).get('/table').set('Accept', 'text/csv').responseType('blob');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const body = (response.body as Buffer).toString('utf8');
    expect(body).toBe('\uFEFFdebtor,amount\n柳州示范汽车集团,100000.00\n"Quote ""and"", comma",0.50\n');
  });

  it('writes an XLSX workbook with the header and every row', async () => {
    const response = await request(app).get('/table?format=xlsx').responseType('blob');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ArrayBuffer);
    const rows = workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.map((row) => row.slice(1))).toEqual([
      ['debtor', 'amount'],
      ['柳州示范汽车集团', '100000.00'],
      ['Quote "and", comma', '0.50'],
    ]);
  });
});

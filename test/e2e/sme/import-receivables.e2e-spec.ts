import ExcelJS from 'exceljs';
import { API, startApi, type TestApi } from '../../support/api';
import { eventually } from '../../support/eventually';
import {
  adminToken,
  coreFields,
  enterpriseWithUser,
  smeFields,
  type EnterpriseUser,
} from '../../factories/enterprises';
import { invoiceNumber, tag, uscc } from '../../factories/identifiers';
import { day, registerReceivable } from '../../factories/receivables';

const HEADER = [
  'contractNo',
  'debtorUscc',
  'invoiceNumber',
  'invoiceAmount',
  'invoiceIssueDate',
  'deliveryDate',
  'dueDate',
  'description',
];

interface Job {
  status: string;
  total: number;
  succeeded: number;
  failed: number;
  errors: {
    row: number;
    code: string;
    message: string;
    column?: string;
    problems?: { code: string; column?: string; message: string }[];
  }[];
  result: { receivables: number } | null;
}

describe('an SME imports receivables from a file', () => {
  let api: TestApi;
  let sme: EnterpriseUser;
  let core: EnterpriseUser;
  let taken: string;

  beforeAll(async () => {
    api = await startApi();
    const admin = await adminToken(api.http);
    sme = await enterpriseWithUser(api.http, admin, smeFields());
    core = await enterpriseWithUser(api.http, admin, coreFields());
    taken = invoiceNumber();
    await registerReceivable(api.http, sme.token, core.enterprise.uscc, {
      invoices: [{ number: taken, amount: '100000.00', issueDate: day(-10) }],
    });
  });
  afterAll(() => api.close());

  /** Rows 2-…: good single- and multi-invoice contracts, duplicates and malformed rows, in a known order. */
  function rows(): string[][] {
    const d = core.enterprise.uscc;
    const [a1, a2, b1, c1, dup, e1, f1, g1] = Array.from({ length: 8 }, () => invoiceNumber());
    const contract = () => `HT-${tag()}`;
    const [ca, cb, cc, cd, ce, cf, cg] = Array.from({ length: 7 }, contract);
    return [
      [ca, d, a1, '1000.00', day(-5), day(-5), day(25), '两张发票的合同'], // row 2: contract A, invoice 1
      [cb, d, b1, '2000.50', day(-5), day(-5), day(25), ''], // row 3: contract B, good
      [ca, d, a2, '500.00', day(-5), day(-5), day(25), ''], // row 4: contract A, invoice 2 (not adjacent)
      [cc, d, taken, '300.00', day(-5), day(-5), day(25), ''], // row 5: invoice already registered
      [cd, d, c1, '12.345', day(-5), day(-5), day(25), ''], // row 6: three decimals
      [ce, d, dup, '100.00', day(-5), day(-5), day(25), ''], // row 7: good, first use of dup
      [cf, d, dup, '100.00', day(-5), day(-5), day(25), ''], // row 8: dup again in the file
      [cg, d, 'INV-1', '100.00', day(-5), day(-5), day(25), ''], // row 9: malformed invoice number
      [contract(), uscc('450100'), e1, '100.00', day(-5), day(-5), day(25), ''], // row 10: unknown debtor
      [contract(), d, f1, '100.00', day(-5), day(-5), day(-6), ''], // row 11: due before delivery
      [contract(), d, g1, '100.00', day(-5), 'not-a-date', day(25), ''], // row 12: bad date
    ];
  }

  const expectedErrors = [
    { row: 5, code: 'INVOICE_ALREADY_REGISTERED' },
    { row: 6, code: 'INVALID_AMOUNT' },
    { row: 8, code: 'DUPLICATE_INVOICE_IN_FILE' },
    { row: 9, code: 'INVALID_INVOICE_NUMBER' },
    { row: 10, code: 'DEBTOR_NOT_REGISTERED' },
    { row: 11, code: 'VALIDATION_FAILED' },
    { row: 12, code: 'INVALID_DATE' },
  ];

  async function upload(body: Buffer, name: string): Promise<Job> {
    const response = await api.http
      .post(`${API}/receivables/imports`)
      .auth(sme.token, { type: 'bearer' })
      .attach('file', body, name);
    expect(response.status).toBe(202);
    return eventually(async () => {
      const job = await api.http.get(`${API}/jobs/${response.body.jobId}`).auth(sme.token, { type: 'bearer' });
      return ['DONE', 'FAILED'].includes(job.body.status) ? (job.body as Job) : undefined;
    }, 30_000);
  }

  /** `offset`: rows before the data (the template's sample row), which shift the file's row numbers. */
  function expectOutcome(job: Job, offset = 0) {
    expect(job.status).toBe('DONE');
    expect(job).toMatchObject({ total: 11, succeeded: 4, failed: 7 });
    expect(job.errors.map(({ row, code }) => ({ row, code }))).toEqual(
      expectedErrors.map((e) => ({ ...e, row: e.row + offset })),
    );
    expect(job.result?.receivables).toBe(3);
  }

  it('imports a CSV: contracts grouped, each bad row reported with its number and code', async () => {
    const data = rows();
    const csv = [HEADER, ...data].map((r) => r.join(',')).join('\n');
    const job = await upload(Buffer.from(csv, 'utf8'), 'receivables.csv');
    expectOutcome(job);
    const list = await api.http
      .get(`${API}/receivables?contractNo=${encodeURIComponent(data[0][0])}`)
      .auth(sme.token, { type: 'bearer' });
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      amount: '1500.00',
      status: 'PENDING_CONFIRMATION',
      description: '两张发票的合同',
      invoices: [
        { number: data[0][2], amount: '1000.00' },
        { number: data[2][2], amount: '500.00' },
      ],
    });
  });

  it('imports the same rows as XLSX with the template’s Chinese headers', async () => {
    const template = await api.http
      .get(`${API}/receivables/imports/template?format=xlsx`)
      .auth(sme.token, { type: 'bearer' })
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.body as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toContain('合同编号(contractNo)');
    // Row 2 is the template's sample, which the import skips.
    expect(sheet.getRow(2).getCell(1).value).toBe('示例-EXAMPLE-0001');
    for (const row of rows()) sheet.addRow(row);
    const job = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'receivables.xlsx');
    expectOutcome(job, 1);
  });

  it('offers a CSV template with Chinese and English headers and a sample row, which an import skips', async () => {
    const response = await api.http
      .get(`${API}/receivables/imports/template?format=csv`)
      .auth(sme.token, { type: 'bearer' });
    expect(response.status).toBe(200);
    expect(response.text).toContain('合同编号(contractNo),债务人统一社会信用代码(debtorUscc)');
    const [header, sample] = response.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(header.split(',')).toHaveLength(10);
    expect(sample).toMatch(/^示例-EXAMPLE-0001,/);

    // The template uploaded as downloaded, plus one good row: only that row counts.
    const good = [`HT-${tag()}`, core.enterprise.uscc, invoiceNumber(), '10.00', day(-5), day(-5), day(25), '', '', ''];
    const job = await upload(Buffer.from(`${response.text}${good.join(',')}\n`, 'utf8'), 'template.csv');
    expect(job).toMatchObject({ status: 'DONE', total: 1, succeeded: 1, failed: 0 });
  });

  it('reports all of a row’s problems at once, each with its code and column', async () => {
    const bad = [`HT-${tag()}`, 'not-a-code', '', '-5', '2026-13-01', day(-5), 'soon', ''];
    const job = await upload(Buffer.from([HEADER, bad].map((r) => r.join(',')).join('\n'), 'utf8'), 'bad.csv');
    expect(job).toMatchObject({ status: 'DONE', total: 1, failed: 1 });
    expect(job.errors).toHaveLength(1);
    const [error] = job.errors;
    expect(error).toMatchObject({ row: 2, code: 'MISSING_FIELD', column: 'invoiceNumber' });
    expect(error.problems!.map(({ code, column }) => ({ code, column }))).toEqual([
      { code: 'MISSING_FIELD', column: 'invoiceNumber' },
      { code: 'USCC_INVALID', column: 'debtorUscc' },
      { code: 'INVALID_DATE', column: 'invoiceIssueDate' },
      { code: 'INVALID_DATE', column: 'dueDate' },
      { code: 'INVALID_AMOUNT', column: 'invoiceAmount' },
    ]);
    expect(error.message.split('; ')).toHaveLength(5);
  });

  it('refuses a request without a file and a file that is neither CSV nor XLSX', async () => {
    const none = await api.http.post(`${API}/receivables/imports`).auth(sme.token, { type: 'bearer' });
    expect(none.status).toBe(400);
    expect(none.body.code).toBe('FILE_REQUIRED');
    const binary = await api.http
      .post(`${API}/receivables/imports`)
      .auth(sme.token, { type: 'bearer' })
      .attach('file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), 'old.xls');
    expect(binary.status).toBe(400);
    expect(binary.body.code).toBe('UNSUPPORTED_FILE_FORMAT');
  });

  it('fails a file whose header lacks required columns, saying which', async () => {
    const job = await upload(Buffer.from('contractNo,debtorUscc\nHT-1,X\n'), 'bad.csv');
    expect(job.status).toBe('FAILED');
    expect(job.errors[0]).toMatchObject({ row: 1, code: 'BAD_HEADER' });
    expect(job.errors[0].message).toContain('invoiceNumber');
  });

  it('lets only SMEs import', async () => {
    const response = await api.http
      .post(`${API}/receivables/imports`)
      .auth(core.token, { type: 'bearer' })
      .attach('file', Buffer.from('x'), 'a.csv');
    expect(response.status).toBe(403);
  });
});

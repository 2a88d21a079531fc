import { API, startApi, type TestApi } from '../../support/api';
import {
  adminToken,
  coreFields,
  enterpriseWithUser,
  smeFields,
  type EnterpriseUser,
} from '../../factories/enterprises';
import { invoiceNumber, tag, uscc } from '../../factories/identifiers';
import { day, receivableFields, registerReceivable } from '../../factories/receivables';

describe('an SME registers a receivable', () => {
  let api: TestApi;
  let admin: string;
  let sme: EnterpriseUser;
  let core: EnterpriseUser;

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    sme = await enterpriseWithUser(api.http, admin, smeFields('450200'));
    core = await enterpriseWithUser(api.http, admin, coreFields('450100'));
  });
  afterAll(() => api.close());

  const register = (body: object, token = sme.token) =>
    api.http.post(`${API}/receivables`).auth(token, { type: 'bearer' }).send(body);
  const fields = (overrides: Record<string, unknown> = {}) => receivableFields(core.enterprise.uscc, overrides);

  async function countMine(): Promise<number> {
    const list = await api.http.get(`${API}/receivables?limit=200`).auth(sme.token, { type: 'bearer' });
    return list.body.items.length;
  }

  it('registers it pending confirmation, with its parties, invoices, terms and expected payment date', async () => {
    const body = fields({
      invoices: [
        { number: invoiceNumber(), amount: '300000.00', issueDate: day(-20) },
        { number: '4500123456-' + String(Date.now()).slice(-8), amount: '200000.5', issueDate: day(-19) },
      ],
      amount: '500000.50',
      deliveryDate: day(-20),
      dueDate: day(40),
      description: '车身冲压件 11 月批次',
      lateInterestRate: '0.036500',
    });
    const response = await register(body);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'PENDING_CONFIRMATION',
      creditor: { id: sme.enterprise.id, name: sme.enterprise.name, uscc: sme.enterprise.uscc, cityCode: '450200' },
      debtor: { id: core.enterprise.id, uscc: core.enterprise.uscc, cityCode: '450100' },
      amount: '500000.50',
      confirmedAmount: null,
      outstandingAmount: '500000.50',
      paidAmount: '0.00',
      contractNo: body.contractNo,
      invoices: [
        { number: body.invoices[0].number, amount: '300000.00', issueDate: day(-20) },
        { number: body.invoices[1].number, amount: '200000.50', issueDate: day(-19) },
      ],
      deliveryDate: day(-20),
      dueDate: day(40),
      expectedPaymentDate: day(40),
      paymentTermDays: 60,
      paymentTermFlags: [],
      lateInterestRate: '0.0365',
      description: '车身冲压件 11 月批次',
      confirmedAt: null,
      daysOverdue: 0,
      financingRequestId: null,
      pledge: null,
    });
    const read = await api.http.get(`${API}/receivables/${response.body.id}`).auth(sme.token, { type: 'bearer' });
    expect(read.body).toEqual(response.body);
  });

  it('flags a large buyer’s term above 60 days and a voucher above 180 days, without refusing', async () => {
    const response = await register(fields({ deliveryDate: day(-10), dueDate: day(190) }));
    expect(response.status).toBe(201);
    expect(response.body.paymentTermDays).toBe(200);
    expect(response.body.paymentTermFlags).toEqual(['LARGE_BUYER_TERM_OVER_60_DAYS', 'TENOR_OVER_180_DAYS']);
  });

  it('flags a public institution buyer’s term above 60 days', async () => {
    const hospital = await enterpriseWithUser(api.http, admin, {
      ...coreFields('450100'),
      kind: 'BUYER',
      ownership: 'PUBLIC_INSTITUTION',
      employees: 500,
      annualRevenue: '50000000.00',
    });
    const response = await register(receivableFields(hospital.enterprise.uscc, { dueDate: day(55) }));
    expect(response.status).toBe(201);
    expect(response.body.paymentTermFlags).toEqual(['PUBLIC_BUYER_TERM_OVER_60_DAYS']);
  });

  it.each([
    ['an amount as a JSON number', { amount: 100000 }],
    ['three decimals', { amount: '1.005' }],
    ['a negative amount', { amount: '-5.00' }],
    ['an unknown field', { discount: '1.00' }],
    ['no invoices', { invoices: [] }],
    ['an impossible date', { deliveryDate: '2026-02-30' }],
    ['a debtor code of the wrong length', { debtorUscc: '9145' }],
  ])('refuses %s with 400 VALIDATION_FAILED', async (_what, override) => {
    const before = await countMine();
    const response = await register(fields(override));
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(await countMine()).toBe(before);
  });

  it('refuses a due date before the delivery date with 400 naming dueDate', async () => {
    const response = await register(fields({ deliveryDate: day(-5), dueDate: day(-6) }));
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'dueDate', message: 'must be on or after deliveryDate' }]);
  });

  it.each(['INV-0001', '2645123', '26991234567890123456', '450012345-00012345'])(
    'refuses the malformed invoice number %s with 400',
    async (number) => {
      const response = await register(
        fields({ invoices: [{ number, amount: '100000.00', issueDate: day(-10) }], amount: '100000.00' }),
      );
      expect(response.status).toBe(400);
      expect(response.body.errors[0].field).toBe('invoices[0].number');
    },
  );

  it('refuses a debtor code with a wrong check character with 400 USCC_INVALID', async () => {
    const valid = uscc('450100');
    const wrong = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    const response = await register(fields({ debtorUscc: wrong }));
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('USCC_INVALID');
  });

  it.each([
    [
      'AMOUNT_MISMATCH',
      () => ({
        ...fields(),
        invoices: [{ number: invoiceNumber(), amount: '100000.00', issueDate: day(-10) }],
        amount: '100000.01',
      }),
    ],
    ['DEBTOR_NOT_REGISTERED', () => fields({ debtorUscc: uscc('450300') })],
    ['SELF_DEALING', () => fields({ debtorUscc: sme.enterprise.uscc })],
    ['TENOR_TOO_LONG', () => fields({ dueDate: day(366) })],
    ['LATE_INTEREST_BELOW_LPR', () => fields({ lateInterestRate: '0.0299' })],
  ])('refuses with 422 %s and changes nothing', async (code, body) => {
    const before = await countMine();
    const response = await register(body());
    expect(response.status).toBe(422);
    expect(response.body.code).toBe(code);
    expect(await countMine()).toBe(before);
  });

  it('refuses an invoice already on a live receivable, however it is written, with 409', async () => {
    const number = invoiceNumber();
    await registerReceivable(api.http, sme.token, core.enterprise.uscc, {
      invoices: [{ number, amount: '100000.00', issueDate: day(-10) }],
    });
    const spaced = number.replace(/(\d{4})/g, '$1 ').trim();
    const response = await register(
      fields({ invoices: [{ number: spaced, amount: '100000.00', issueDate: day(-10) }] }),
    );
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('INVOICE_ALREADY_REGISTERED');
    expect(response.body.detail).toContain(number);
  });

  it('puts a taken invoice on its own line, naming the receivable that holds it only to who may see it', async () => {
    const [mine, free] = [invoiceNumber(), invoiceNumber()];
    const held = await registerReceivable(api.http, sme.token, core.enterprise.uscc, {
      contractNo: `HT-HELD-${tag()}`,
      invoices: [{ number: mine, amount: '100.00', issueDate: day(-10) }],
      amount: '100.00',
    });
    const twoLines = {
      invoices: [
        { number: free, amount: '50.00', issueDate: day(-10) },
        { number: mine, amount: '50.00', issueDate: day(-10) },
      ],
      amount: '100.00',
    };
    const own = await register(fields(twoLines)).set('Accept-Language', 'zh-CN');
    expect(own.status).toBe(409);
    expect(own.body.code).toBe('INVOICE_ALREADY_REGISTERED');
    expect(own.body.errors).toEqual([
      { field: 'invoices[1].number', message: `发票 ${mine} 已登记在贵司的应收账款 ${held.contractNo as string} 上` },
    ]);
    const english = await register(fields(twoLines));
    expect(english.body.errors[0].message).toContain(held.id);

    // Another SME trying the same invoice learns that it is taken, not by whom.
    const other = await enterpriseWithUser(api.http, admin, smeFields('450100'));
    const stranger = await register(fields(twoLines), other.token);
    expect(stranger.status).toBe(409);
    expect(stranger.body.errors[0].field).toBe('invoices[1].number');
    expect(JSON.stringify(stranger.body)).not.toContain(held.id);
    expect(JSON.stringify(stranger.body)).not.toContain(held.contractNo as string);
  });

  it('refuses the same invoice twice in one registration with 400', async () => {
    const number = invoiceNumber();
    const response = await register(
      fields({
        invoices: [
          { number, amount: '1.00', issueDate: day(-10) },
          { number, amount: '1.00', issueDate: day(-10) },
        ],
        amount: '2.00',
      }),
    );
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'invoices[1].number', message: 'repeats invoices[0].number' }]);
  });

  it('frees the invoices of a cancelled receivable for a new registration', async () => {
    const number = invoiceNumber();
    const invoices = [{ number, amount: '100000.00', issueDate: day(-10) }];
    const first = await registerReceivable(api.http, sme.token, core.enterprise.uscc, { invoices });
    const cancelled = await api.http.post(`${API}/receivables/${first.id}/cancel`).auth(sme.token, { type: 'bearer' });
    expect(cancelled.body.status).toBe('CANCELLED');
    expect((await register(fields({ invoices, contractNo: `HT-${tag()}` }))).status).toBe(201);
  });

  it('is for SMEs: a core enterprise gets 403, nobody without a token gets in', async () => {
    expect((await register(fields(), core.token)).status).toBe(403);
    expect((await api.http.post(`${API}/receivables`).send(fields())).status).toBe(401);
  });
});

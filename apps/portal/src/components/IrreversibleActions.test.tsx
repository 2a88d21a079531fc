import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CITIES, fakeApi, meOf, problem, renderPage, type Call } from '../test/render';
import FinancingDetail from '../pages/shared/FinancingDetail';
import ReceivableDetail from '../pages/shared/ReceivableDetail';

const bank = { ...meOf('BANK', 'e-bank') };
const core = meOf('CORE_ENTERPRISE', 'e-core');

const request = (status: string, extra: object = {}) => ({
  id: 'f-1',
  status,
  smeId: 'e-sme',
  bankId: 'e-bank',
  // Issue 16: a request before a single bank has no competing banks, no expiry and no accepted offer.
  bankIds: [],
  expiresAt: null,
  acceptedOfferId: null,
  awardId: null,
  receivableIds: [],
  receivables: [],
  requestedAmount: '400000.00',
  termDays: 90,
  outstandingTotal: '500000.00',
  financingRatio: '0.80',
  approvedAmount: status === 'SUBMITTED' ? null : '400000.00',
  annualRate: status === 'SUBMITTED' ? null : '0.0435',
  approvedTermDays: status === 'SUBMITTED' ? null : 90,
  rejectionReason: null,
  loanReference: null,
  disbursedOn: null,
  pledgeRegistrationNo: null,
  maturityDate: null,
  repaidOn: null,
  createdAt: '2026-11-02T02:00:00.000Z',
  updatedAt: '2026-11-02T02:00:00.000Z',
  sme: { id: 'e-sme', name: '柳州精密零部件有限公司' },
  bank: { id: 'e-bank', name: '广西示范银行' },
  ...extra,
});

const financingPage = (
  <Routes>
    <Route path="/financing/:id" element={<FinancingDetail />} />
  </Routes>
);

const posts = (calls: Call[]) => calls.filter((c) => c.method === 'POST');

describe('a confirmation step before every irreversible action', () => {
  it(
    'shows the bank what a disbursement will do, and sends it only on the second click',
    { timeout: 90_000 },
    async () => {
      const user = userEvent.setup({ delay: null });
      const { calls } = fakeApi({
        'GET /me': () => bank,
        'GET /cities': () => CITIES,
        'GET /financing-requests/f-1': () => request('APPROVED'),
        'POST /financing-requests/f-1/disburse': () => request('DISBURSED'),
      });
      await renderPage(financingPage, { me: bank, path: '/financing/f-1' });
      await user.click(await screen.findByRole('button', { name: '放款' }));
      const dialog = await screen.findByRole('dialog');

      // The registration number is checked as the contract fixes it: 1-40 letters and digits.
      fireEvent.change(within(dialog).getByLabelText('中登网质押登记号'), { target: { value: 'ab-12' } });
      fireEvent.change(within(dialog).getByLabelText('贷款编号'), { target: { value: 'LN-2026-001' } });
      await user.click(within(dialog).getByRole('button', { name: '下一步：核对' }));
      expect(await within(dialog).findByText('1–40 位字母或数字')).toBeTruthy();
      expect(within(dialog).queryByRole('region')).toBeNull();

      fireEvent.change(within(dialog).getByLabelText('中登网质押登记号'), {
        target: { value: '06830290000418379632' },
      });
      await user.click(within(dialog).getByRole('button', { name: '下一步：核对' }));
      const review = await within(dialog).findByRole('region', { name: /请核对/ });
      expect(within(review).getByText(/质押登记号 06830290000418379632 将发给申请企业和各债务人/)).toBeTruthy();
      expect(within(review).getByText(/向 柳州精密零部件有限公司 放款 ¥400,000.00/)).toBeTruthy();
      expect(posts(calls)).toHaveLength(0);

      // Back to the form keeps what was typed.
      await user.click(within(dialog).getByRole('button', { name: '返回修改' }));
      expect((within(dialog).getByLabelText('贷款编号') as HTMLInputElement).value).toBe('LN-2026-001');
      await user.click(within(dialog).getByRole('button', { name: '下一步：核对' }));
      await user.click(await within(dialog).findByRole('button', { name: '放款' }));
      await waitFor(() => expect(posts(calls)).toHaveLength(1));
      expect(posts(calls)[0].body).toMatchObject({
        loanReference: 'LN-2026-001',
        pledgeRegistrationNo: '06830290000418379632',
      });
    },
  );

  it('takes the approved amount with commas and the rate in per cent', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = fakeApi({
      'GET /me': () => bank,
      'GET /cities': () => CITIES,
      'GET /financing-requests/f-1': () => request('SUBMITTED'),
      'POST /financing-requests/f-1/approve': () => request('APPROVED'),
    });
    await renderPage(financingPage, { me: bank, path: '/financing/f-1' });
    await user.click(await screen.findByRole('button', { name: '批准' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('批准金额'), { target: { value: '1,500.00' } });
    fireEvent.change(within(dialog).getByLabelText('年利率'), { target: { value: '0.0435' } });
    await user.click(within(dialog).getByRole('button', { name: '下一步：核对' }));
    // 0.0435 % is almost surely a mistake for 4.35 %, but it is a valid percentage: the review shows it as such.
    let review = await within(dialog).findByRole('region', { name: /请核对/ });
    expect(within(review).getAllByText(/0.0435%/).length).toBeGreaterThan(0);
    await user.click(within(dialog).getByRole('button', { name: '返回修改' }));
    fireEvent.change(within(dialog).getByLabelText('年利率'), { target: { value: '4.35' } });
    await user.click(within(dialog).getByRole('button', { name: '下一步：核对' }));
    review = await within(dialog).findByRole('region', { name: /请核对/ });
    expect(within(review).getAllByText(/¥1,500.00/).length).toBeGreaterThan(0);
    expect(within(review).getAllByText(/4.35%/).length).toBeGreaterThan(0);
    await user.click(within(dialog).getByRole('button', { name: '批准' }));
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0].body).toEqual({ approvedAmount: '1500.00', annualRate: '0.0435', termDays: 90 });
  });

  it('asks before a rejection, naming the reason the SME will read', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = fakeApi({
      'GET /me': () => bank,
      'GET /cities': () => CITIES,
      'GET /financing-requests/f-1': () => request('SUBMITTED'),
      'POST /financing-requests/f-1/reject': () => request('REJECTED'),
    });
    await renderPage(financingPage, { me: bank, path: '/financing/f-1' });
    await user.click(await screen.findByRole('button', { name: '拒绝' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('拒绝原因'), { target: { value: '押品不足' } });
    await user.click(within(dialog).getByRole('button', { name: '下一步：核对' }));
    const review = await within(dialog).findByRole('region', { name: /请核对/ });
    expect(within(review).getByText('押品不足')).toBeTruthy();
    expect(within(review).getByText(/应收账款解除锁定/)).toBeTruthy();
    expect(posts(calls)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: '拒绝' }));
    await waitFor(() => expect(posts(calls)[0]?.body).toEqual({ reason: '押品不足' }));
  });

  it('shows a refusal of the confirmed step on the field, in the reader’s language, without a raw code', async () => {
    const user = userEvent.setup({ delay: null });
    fakeApi({
      'GET /me': () => bank,
      'GET /cities': () => CITIES,
      'GET /financing-requests/f-1': () => request('DISBURSED'),
      'POST /financing-requests/f-1/repay': () =>
        problem(400, 'VALIDATION_FAILED', 'repaidOn 须为存在的日期 YYYY-MM-DD', [
          { field: 'repaidOn', message: 'repaidOn 须为存在的日期 YYYY-MM-DD' },
        ]),
    });
    await renderPage(financingPage, { me: bank, path: '/financing/f-1' });
    await user.click(await screen.findByRole('button', { name: '登记还款' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '下一步：核对' }));
    expect(await within(dialog).findByText(/质押随之解除/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: '登记还款' }));
    // Back on the form, the message under the field without the API's field name.
    expect(await within(dialog).findByText('须为存在的日期 YYYY-MM-DD')).toBeTruthy();
    expect(dialog.textContent).not.toMatch(/VALIDATION_FAILED|repaidOn/);
  });
});

const receivable = {
  id: 'r-1',
  status: 'PENDING_CONFIRMATION',
  contractNo: 'HT-9',
  creditor: {
    id: 'e-sme',
    name: '柳州精密零部件有限公司',
    uscc: '91450200MA5KD0002B',
    kind: 'SME',
    cityCode: '450200',
  },
  debtor: core.enterprise,
  amount: '5000.00',
  confirmedAmount: null,
  outstandingAmount: null,
  paidAmount: '0.00',
  invoices: [],
  deliveryDate: '2026-11-01',
  dueDate: '2026-12-31',
  confirmedAt: null,
  daysOverdue: 0,
  financingRequestId: null,
  disputeReason: null,
  // Issue 17: a whole receivable, nothing of it transferred.
  transferredAmount: '0.00',
  parentId: null,
  rootId: 'r-1',
  tier: 1,
};

describe('a partial confirmation', () => {
  it('needs a reason, which is sent with the lower amount after the review', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = fakeApi({
      'GET /me': () => core,
      'GET /cities': () => CITIES,
      'GET /receivables/r-1': () => receivable,
      'GET /receivables/r-1/events': () => ({ items: [], nextCursor: null }),
      'POST /receivables/r-1/confirm': () => ({ ...receivable, status: 'CONFIRMED', confirmedAmount: '4,000.00' }),
    });
    await renderPage(
      <Routes>
        <Route path="/receivables/:id" element={<ReceivableDetail />} />
      </Routes>,
      { me: core, path: '/receivables/r-1' },
    );
    await user.click(await screen.findByRole('button', { name: '确权' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByLabelText('部分确权原因')).toBeNull();
    fireEvent.change(within(dialog).getByLabelText('确权金额'), { target: { value: '4,000' } });
    await user.click(within(dialog).getByRole('button', { name: '下一步：核对' }));
    expect(await within(dialog).findByText('必填')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('部分确权原因'), { target: { value: '第 3 批次短交 50 件' } });
    await user.click(within(dialog).getByRole('button', { name: '下一步：核对' }));
    const review = await within(dialog).findByRole('region', { name: /请核对/ });
    expect(within(review).getByText(/部分确权：只确认欠 柳州精密零部件有限公司 ¥4,000.00/)).toBeTruthy();
    expect(posts(calls)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: '确权' }));
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0].body).toEqual({ confirmedAmount: '4000.00', reason: '第 3 批次短交 50 件' });
  });

  it('is shown as partly confirmed, with the reason, to the supplier', async () => {
    const sme = meOf('SME', 'e-sme');
    fakeApi({
      'GET /me': () => sme,
      'GET /cities': () => CITIES,
      'GET /receivables/r-1': () => ({
        ...receivable,
        status: 'CONFIRMED',
        confirmedAmount: '4000.00',
        outstandingAmount: '4000.00',
        confirmedAt: '2026-11-03T02:00:00.000Z',
        disputeReason: '第 3 批次短交 50 件',
      }),
      'GET /receivables/r-1/events': () => ({ items: [], nextCursor: null }),
    });
    await renderPage(
      <Routes>
        <Route path="/receivables/:id" element={<ReceivableDetail />} />
      </Routes>,
      { me: sme, path: '/receivables/r-1' },
    );
    expect(await screen.findByText('部分确权')).toBeTruthy();
    expect(screen.getByText('债务人部分确权：确认 ¥4,000.00，登记金额 ¥5,000.00')).toBeTruthy();
    expect(screen.getByText('未确认部分的原因：第 3 批次短交 50 件')).toBeTruthy();
  });
});

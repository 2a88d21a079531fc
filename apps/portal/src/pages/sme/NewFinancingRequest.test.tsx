import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addDays, today } from '../../lib/dates';
import { CITIES, fakeApi, meOf, renderPage } from '../../test/render';
import NewFinancingRequest from './NewFinancingRequest';

const me = meOf('SME');
const BANK = {
  id: 'e-bank',
  name: '广西北部湾示范银行',
  uscc: '91450100MA5KD0005F',
  kind: 'BANK',
  cityCode: '450100',
  financingRatio: '0.85',
};
const receivable = (id: string, contractNo: string, outstandingAmount: string, dueInDays: number, extra = {}) => ({
  id,
  status: 'CONFIRMED',
  contractNo,
  creditor: me.enterprise,
  debtor: { id: 'e-core', name: '柳州示范汽车', uscc: '91450200MA5KD00018', kind: 'CORE', cityCode: '450200' },
  amount: outstandingAmount,
  confirmedAmount: outstandingAmount,
  outstandingAmount,
  invoices: [],
  deliveryDate: today(),
  dueDate: addDays(today(), dueInDays),
  confirmedAt: new Date().toISOString(),
  daysOverdue: 0,
  financingRequestId: null,
  ...extra,
});

function api() {
  return fakeApi({
    'GET /me': () => me,
    'GET /cities': () => CITIES,
    'GET /enterprises': () => ({ items: [BANK], nextCursor: null }),
    'GET /receivables': () => ({
      items: [
        receivable('r-1', 'HT-A', '100000.00', 40),
        receivable('r-2', 'HT-B', '50000.01', 20),
        receivable('r-3', 'HT-PLEDGED', '70000.00', 30, { financingRequestId: 'f-other' }),
        receivable('r-4', 'HT-LATE', '9000.00', -3),
      ],
      nextCursor: null,
    }),
    'POST /financing-requests': ({ body }) => ({ id: 'f-1', status: 'SUBMITTED', ...(body as object) }),
  });
}

const maximum = () => screen.getByTestId('financing-maximum').textContent;

describe('requesting financing', () => {
  it("shows the bank's maximum as receivables are picked, and offers only financeable ones", async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = api();
    await renderPage(<NewFinancingRequest />, { me });

    await screen.findByText('HT-A');
    expect(screen.queryByText('HT-PLEDGED')).toBeNull();
    expect(screen.queryByText('HT-LATE')).toBeNull();

    await user.click(screen.getByRole('combobox'));
    await user.click(await screen.findByText(/广西北部湾示范银行 · 融资比例 85%/));
    expect(maximum()).toBe('¥0.00');

    const [, first, second] = screen.getAllByRole('checkbox');
    await user.click(first);
    expect(maximum()).toBe('¥85,000.00');
    await user.click(second);
    // 0.85 × 150,000.01 = 127,500.0085: the API lends to the fen below.
    expect(maximum()).toBe('¥127,500.00');

    const amount = screen.getByLabelText('申请金额');
    fireEvent.change(amount, { target: { value: '127500.01' } });
    expect(await screen.findByText('金额超过可融资上限')).toBeTruthy();
    expect(screen.getByRole('button', { name: '提交申请' }).hasAttribute('disabled')).toBe(true);

    fireEvent.change(amount, { target: { value: '127500' } });
    const submit = screen.getByRole('button', { name: '提交申请' });
    await waitFor(() => expect(submit.hasAttribute('disabled')).toBe(false));
    await user.click(submit);
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      receivableIds: ['r-1', 'r-2'],
      bankId: 'e-bank',
      requestedAmount: '127500.00',
      // The term ends by the earlier due date, 20 days from today.
      termDays: 20,
    });
  });
});

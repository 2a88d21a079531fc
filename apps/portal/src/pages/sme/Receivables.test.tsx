import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CITIES, fakeApi, meOf, renderPage, type Call } from '../../test/render';
import SmeReceivables from './Receivables';

const me = meOf('SME', 'e-sme');
const row = (id: string, contractNo: string, amount: string) => ({
  id,
  status: 'CONFIRMED',
  contractNo,
  creditor: me.enterprise,
  debtor: {
    id: 'e-core',
    name: '柳州示范汽车集团有限公司',
    uscc: '91450100MA5K00004P',
    kind: 'CORE',
    cityCode: '450200',
  },
  amount,
  confirmedAmount: amount,
  outstandingAmount: amount,
  invoices: [],
  deliveryDate: '2026-11-01',
  dueDate: '2026-12-31',
  confirmedAt: '2026-11-02T02:00:00.000Z',
  createdAt: '2026-11-01T02:00:00.000Z',
  daysOverdue: 0,
  financingRequestId: null,
});

describe('the SME’s receivables list', () => {
  it('searches by keyword, sorts by amount on the server and shows the total', { timeout: 60_000 }, async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = fakeApi({
      'GET /me': () => me,
      'GET /cities': () => CITIES,
      'GET /receivables': () => ({ items: [row('r-1', 'HT-1', '1200.00')], nextCursor: null, total: 37 }),
    });
    await renderPage(<SmeReceivables />, { me });
    expect(await screen.findByText('共 37 笔')).toBeTruthy();
    // The registration date is a column people decide by.
    expect(screen.getAllByText('登记日期').length).toBeGreaterThan(0);
    expect(screen.getByText('2026-11-01')).toBeTruthy();
    const lists = () => calls.filter((c: Call) => c.path === '/receivables');
    expect(lists()[0].query.get('withTotal')).toBe('true');

    fireEvent.change(screen.getByPlaceholderText('合同编号或对方企业名称'), { target: { value: ' 柳州 ' } });
    await user.click(screen.getByRole('button', { name: '查询' }));
    await waitFor(() => expect(lists().at(-1)!.query.get('q')).toBe('柳州'));

    await user.click(screen.getAllByText('账款金额')[0]);
    await waitFor(() => expect(lists().at(-1)!.query.get('sort')).toBe('amount'));
    await user.click(screen.getAllByText('账款金额')[0]);
    await waitFor(() => expect(lists().at(-1)!.query.get('sort')).toBe('-amount'));
    expect(lists().at(-1)!.query.get('q')).toBe('柳州');
  });
});

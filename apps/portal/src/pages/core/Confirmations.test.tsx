import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CITIES, fakeApi, meOf, renderPage } from '../../test/render';
import { setViewportWidth } from '../../test/viewport';
import Confirmations from './Confirmations';

const me = meOf('CORE_ENTERPRISE', 'e-core');
const pending = (id: string, contractNo: string, amount: string) => ({
  id,
  status: 'PENDING_CONFIRMATION',
  contractNo,
  creditor: {
    id: 'e-sme',
    name: '柳州精密零部件有限公司',
    uscc: '91450200MA5KD0002B',
    kind: 'SME',
    cityCode: '450200',
  },
  debtor: me.enterprise,
  amount,
  confirmedAmount: null,
  outstandingAmount: amount,
  invoices: [],
  deliveryDate: '2026-11-01',
  dueDate: '2026-12-31',
  confirmedAt: null,
  daysOverdue: 0,
  financingRequestId: null,
});

describe('confirming receivables in a batch', () => {
  it(
    'confirms the selected receivables in one call and says which were refused, and why',
    { timeout: 60_000 },
    async () => {
      const user = userEvent.setup({ delay: null });
      let confirmed = false;
      const { calls } = fakeApi({
        'GET /me': () => me,
        'GET /cities': () => CITIES,
        'GET /receivables': ({ query }) => {
          expect(query.get('role')).toBe('debtor');
          expect(query.get('status')).toBe('PENDING_CONFIRMATION');
          return {
            items: confirmed ? [] : [pending('r-1', 'HT-1', '1200.00'), pending('r-2', 'HT-2', '3400.00')],
            nextCursor: null,
          };
        },
        'POST /receivables/confirmations': () => {
          confirmed = true;
          return {
            results: [
              { id: 'r-1', ok: true, receivable: { ...pending('r-1', 'HT-1', '1200.00'), status: 'CONFIRMED' } },
              { id: 'r-2', ok: false, status: 409, code: 'INVALID_STATE', detail: 'The receivable is CANCELLED' },
            ],
            confirmed: 1,
            refused: 1,
          };
        },
      });
      await renderPage(<Confirmations />, { me });

      await screen.findByText('HT-1');
      expect(screen.getAllByText('¥3,400.00')).toHaveLength(2);
      const [selectAll] = screen.getAllByRole('checkbox');
      await user.click(selectAll);
      await user.click(screen.getByRole('button', { name: /确权所选（2）/ }));
      await user.click(await screen.findByRole('button', { name: '确权' }));

      await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
      expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ ids: ['r-1', 'r-2'] });
      const refusals = await screen.findByText('1 笔未能确权');
      const alert = refusals.closest('.ant-alert') as HTMLElement;
      expect(within(alert).getByText(/HT-2: 当前状态不允许此操作/)).toBeTruthy();
      expect(await screen.findByText(/没有待确权的应收账款/)).toBeTruthy();
    },
  );
});

describe('on a phone', () => {
  it('shows each receivable as a card with its amount and actions in view, and still confirms in a batch', async () => {
    setViewportWidth(390);
    const user = userEvent.setup({ delay: null });
    const { calls } = fakeApi({
      'GET /me': () => me,
      'GET /cities': () => CITIES,
      'GET /receivables': () => ({ items: [pending('r-1', 'HT-1', '1200.00')], nextCursor: null }),
      'POST /receivables/confirmations': () => ({
        results: [{ id: 'r-1', ok: true, receivable: { ...pending('r-1', 'HT-1', '1200.00'), status: 'CONFIRMED' } }],
        confirmed: 1,
        refused: 0,
      }),
    });
    await renderPage(<Confirmations />, { me });
    const title = await screen.findByText('HT-1');
    const card = title.closest('.card-list-item') as HTMLElement;
    expect(card).toBeTruthy();
    expect(document.querySelector('table')).toBeNull();
    expect(within(card).getAllByText('¥1,200.00').length).toBeGreaterThan(0);
    expect(within(card).getByRole('button', { name: '调整后确权' })).toBeTruthy();
    await user.click(within(card).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: /确权所选（1）/ }));
    await user.click(await screen.findByRole('button', { name: '确权' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ ids: ['r-1'] }));
  });
});

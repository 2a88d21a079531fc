import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FinancingRequest } from '../api/schema';
import { CITIES, fakeApi, meOf, renderPage } from '../test/render';
import { OffersPanel } from './OffersPanel';

const offer = (id: string, bank: string, annualRate: string, interest: string) => ({
  id,
  financingRequestId: 'f-1',
  bankId: `e-${bank}`,
  bank: { id: `e-${bank}`, name: bank },
  amount: '60000.00',
  annualRate,
  termDays: 90,
  interest,
  validUntil: '2026-12-14T08:00:00.000Z',
  productId: null,
  status: 'ACTIVE',
  createdAt: '2026-12-07T08:00:00.000Z',
  updatedAt: '2026-12-07T08:00:00.000Z',
});

const request = {
  id: 'f-1',
  status: 'OPEN',
  bankId: null,
  bank: null,
  bankIds: ['e-甲银行', 'e-乙银行'],
  expiresAt: '2026-12-14T08:00:00.000Z',
  requestedAmount: '60000.00',
  termDays: 90,
} as unknown as FinancingRequest;

describe('comparing offers', () => {
  it('shows the SME the offers best first with their interest in yuan, and accepts the one it picks', async () => {
    const user = userEvent.setup({ delay: null });
    const me = meOf('SME');
    const { calls } = fakeApi({
      'GET /me': () => me,
      'GET /cities': () => CITIES,
      // The API answers best first: the lowest rate.
      'GET /financing-requests/f-1/offers': () => ({
        items: [offer('o-b', '乙银行', '0.0385', '569.59'), offer('o-a', '甲银行', '0.042', '621.37')],
      }),
      'POST /financing-requests/f-1/offers/o-b/accept': () => ({ ...request, status: 'APPROVED' }),
    });
    await renderPage(<OffersPanel request={request} onChanged={() => undefined} />, { me });

    const first = (await screen.findByText('乙银行')).closest('tr')!;
    const second = screen.getByText('甲银行').closest('tr')!;
    expect(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(first).getByText('最优')).toBeTruthy();
    expect(within(second).queryByText('最优')).toBeNull();
    expect(first.textContent).toContain('569.59');
    expect(second.textContent).toContain('621.37');

    await user.click(within(first).getByRole('button', { name: '接受' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('569.59');
    await user.click(within(dialog).getByRole('button', { name: '接受' }));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.path === '/financing-requests/f-1/offers/o-b/accept')).toBe(
        true,
      ),
    );
  });

  it('shows a bank only its own offer and lets it make one', async () => {
    const me = meOf('BANK', 'e-甲银行');
    fakeApi({
      'GET /me': () => me,
      'GET /cities': () => CITIES,
      'GET /financing-requests/f-1/offers': () => ({ items: [offer('o-a', '甲银行', '0.042', '621.37')] }),
    });
    await renderPage(<OffersPanel request={request} onChanged={() => undefined} />, { me });
    expect(await screen.findByText('甲银行')).toBeTruthy();
    expect(screen.queryByText('乙银行')).toBeNull();
    expect(screen.getByRole('button', { name: '更新报价' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '接受' })).toBeNull();
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ProcurementAward } from '../api/procurement';
import { addDays, today } from '../lib/dates';
import { CITIES, fakeApi, meOf, problem, renderPage } from '../test/render';
import { AcceptanceModal, invoicesTotal, remainingToAccept } from './AcceptanceModal';

const purchaser = meOf('PURCHASER', 'e-unit');
const SUPPLIER = {
  id: 'e-sme',
  name: '柳州精密零部件有限公司',
  uscc: '91450200MA5KD0002B',
  kind: 'SME',
  cityCode: '450200',
};

const award = {
  id: 'a-1',
  projectId: 'p-1',
  project: { id: 'p-1', name: '教学设备采购', year: 2026, category: 'GOODS' },
  unitId: 'e-unit',
  unit: purchaser.enterprise,
  supplierId: SUPPLIER.id,
  supplier: SUPPLIER,
  supplierSizeClass: 'SMALL',
  contractNo: 'ZC-2026-0042',
  amount: '1200000.00',
  signedOn: '2026-03-02',
  smeShareAmount: '0.00',
  smallMicroShareAmount: '0.00',
  countedToSme: '1200000.00',
  countedToSmallMicro: '1200000.00',
  acceptedAmount: '1100000.00',
  acceptances: [],
  financingRequestId: null,
  repaymentAccount: null,
  pledge: null,
  createdAt: '2026-03-02T08:00:00.000Z',
  updatedAt: '2026-03-02T08:00:00.000Z',
} as unknown as ProcurementAward;

describe('what is left to accept', () => {
  it('is the award less its acceptances, in exact money', () => {
    expect(remainingToAccept({ amount: '1200000.00', acceptedAmount: '1100000.00' })).toBe('100000.00');
    expect(remainingToAccept({ amount: '0.30', acceptedAmount: '0.10' })).toBe('0.20');
    expect(invoicesTotal([{ amount: '0.1' }, { amount: '0.2' }, { amount: 'x' }, {}])).toBe('0.30');
  });
});

describe('accepting a delivery', () => {
  it("refuses more than the award's remainder, then accepts the invoices' total as a receivable", async () => {
    const user = userEvent.setup({ delay: null });
    const onDone = vi.fn();
    let refuse = true;
    const { calls } = fakeApi({
      'GET /me': () => purchaser,
      'GET /cities': () => CITIES,
      'GET /procurement-policies/2026': () => ({ year: 2026, paymentDays: 30, reservedShareMin: '0.30' }),
      'POST /procurement-awards/a-1/acceptances': ({ body }) => {
        if (refuse) {
          refuse = false;
          return problem(409, 'INVOICE_ALREADY_REGISTERED', 'Invoice on another receivable');
        }
        const { amount } = body as { amount: string };
        return { id: 'r-new', status: 'CONFIRMED', amount, creditor: SUPPLIER, debtor: purchaser.enterprise };
      },
    });
    await renderPage(<AcceptanceModal award={award} onClose={vi.fn()} onDone={onDone} />, { me: purchaser });

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('合同剩余可验收 ¥100,000.00')).toBeTruthy();
    // Due the policy's payment days after acceptance.
    expect(await within(dialog).findByText(new RegExp(`30 天后（${addDays(today(), 30)}）到期`))).toBeTruthy();

    const numbers = () => within(dialog).getAllByLabelText('发票号码');
    const amounts = () => within(dialog).getAllByLabelText('发票金额');
    fireEvent.change(numbers()[0], { target: { value: '12345' } });
    fireEvent.change(amounts()[0], { target: { value: '100000.01' } });
    expect(await within(dialog).findByText('超过合同剩余可验收金额')).toBeTruthy();
    // The first click checks the form and shows what the acceptance does; only the second sends it.
    const ok = () => within(dialog).getByRole('button', { name: '下一步：核对' });
    const accept = () => within(dialog).getByRole('button', { name: '验收' });
    expect(ok().hasAttribute('disabled')).toBe(true);

    fireEvent.change(amounts()[0], { target: { value: '60000' } });
    await user.click(within(dialog).getByRole('button', { name: /添加发票/ }));
    fireEvent.change(numbers()[1], { target: { value: '26452000000000000002' } });
    fireEvent.change(amounts()[1], { target: { value: '39999.5' } });
    await waitFor(() => expect(dialog.querySelector('.acceptance-total')?.textContent).toBe('¥99,999.50'));
    await waitFor(() => expect(ok().hasAttribute('disabled')).toBe(false));

    // The invoice number and issue dates are checked before anything is sent.
    await user.click(ok());
    expect(await within(dialog).findByText(/数电票为 20 位数字/)).toBeTruthy();
    await waitFor(() => expect(within(dialog).getAllByText('必填')).toHaveLength(2));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(numbers()[0], { target: { value: '26452000000000000001' } });
    for (const [index, picker] of within(dialog).getAllByLabelText('开票日期').entries()) {
      await user.click(picker);
      await user.type(picker, `2026-04-0${index + 1}{enter}`);
    }
    await user.click(ok());
    await waitFor(() => expect(dialog.querySelector('.review-consequence')?.textContent).toContain('¥99,999.50'));
    expect(dialog.querySelector('.review-consequence')?.textContent).toContain('验收后不可撤回');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await user.click(accept());
    // A refusal stays in the dialog, beside the invoices.
    expect(await within(dialog).findByText(/发票已登记/)).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();

    await user.click(ok());
    await user.click(await waitFor(() => accept()));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[1].body).toEqual({
      acceptedOn: today(),
      amount: '99999.50',
      invoices: [
        { number: '26452000000000000001', amount: '60000.00', issueDate: '2026-04-01' },
        { number: '26452000000000000002', amount: '39999.50', issueDate: '2026-04-02' },
      ],
    });
    expect(posts[1].headers['Idempotency-Key']).toMatch(/^[0-9a-f]{32}$/);
    expect(onDone.mock.calls[0][0]).toMatchObject({ id: 'r-new', amount: '99999.50' });
  }, 90_000);
});

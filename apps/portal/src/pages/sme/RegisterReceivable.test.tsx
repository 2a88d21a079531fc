import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CITIES, fakeApi, meOf, problem, renderPage } from '../../test/render';
import RegisterReceivable from './RegisterReceivable';

const me = meOf('SME');
const CORE = {
  id: 'e-core',
  name: '柳州示范汽车工业集团有限公司',
  uscc: '91450200MA5KD00018',
  kind: 'CORE',
  cityCode: '450200',
};

function api(answer: (body: unknown) => unknown) {
  return fakeApi({
    'GET /me': () => me,
    'GET /cities': () => CITIES,
    'GET /enterprises': () => ({ items: [CORE], nextCursor: null }),
    'POST /receivables': ({ body }) => answer(body),
  });
}

const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  type(await screen.findByLabelText('债务人统一社会信用代码'), CORE.uscc);
  type(screen.getByLabelText('合同编号'), 'HT-2026-001');
  type(screen.getAllByLabelText('发票号码')[0], '26452000000000000001');
  type(screen.getAllByLabelText('发票金额')[0], '0.1');
  await user.click(screen.getByRole('button', { name: /添加发票/ }));
  type(screen.getAllByLabelText('发票号码')[1], '1234567890-12345678');
  type(screen.getAllByLabelText('发票金额')[1], '0.20');
  const due = screen.getByLabelText('到期日');
  await user.click(due);
  type(due, '2099-01-15');
  fireEvent.keyDown(due, { key: 'Enter', code: 'Enter' });
}

describe('registering a receivable', () => {
  it('adds up the invoice lines exactly and sends the receivable as the API takes it', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = api((body) => ({ ...(body as object), id: 'r-1', status: 'PENDING_CONFIRMATION' }));
    await renderPage(<RegisterReceivable />, { me });
    await fillIn(user);

    // 0.1 + 0.2 in floating point is 0.30000000000000004; the total is exact.
    expect(document.querySelector('.receivable-total')?.textContent).toBe('¥0.30');

    await user.click(screen.getByRole('button', { name: '提交登记' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const sent = calls.find((c) => c.method === 'POST')!.body as Record<string, unknown>;
    expect(sent).toMatchObject({
      debtorUscc: CORE.uscc,
      contractNo: 'HT-2026-001',
      amount: '0.30',
      dueDate: '2099-01-15',
      invoices: [
        { number: '26452000000000000001', amount: '0.10' },
        { number: '1234567890-12345678', amount: '0.20' },
      ],
    });
    expect(sent.deliveryDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses a malformed invoice number before sending anything', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = api(() => ({}));
    await renderPage(<RegisterReceivable />, { me });
    type(await screen.findByLabelText('债务人统一社会信用代码'), CORE.uscc);
    type(screen.getAllByLabelText('发票号码')[0], '12345');
    await user.click(screen.getByRole('button', { name: '提交登记' }));
    expect(await screen.findByText(/数电票为 20 位数字/)).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it("shows the API's field errors on the fields that caused them, in the reader's words", async () => {
    const user = userEvent.setup({ delay: null });
    api(() =>
      problem(400, 'VALIDATION_FAILED', 'invoices[1].number 格式不正确', [
        { field: 'invoices[1].number', message: 'invoices[1].number 格式不正确' },
      ]),
    );
    await renderPage(<RegisterReceivable />, { me });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: '提交登记' }));
    // Under its field the message does not repeat the API's name of the field.
    const message = await screen.findByText('格式不正确');
    const item = message.closest('.ant-form-item') as HTMLElement;
    expect(within(item).getByDisplayValue('1234567890-12345678')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/VALIDATION_FAILED|invoices\[1\]/);
  });

  it('shows a business refusal on the field it is about, in the reader’s language', async () => {
    const user = userEvent.setup({ delay: null });
    api(() => problem(422, 'DEBTOR_NOT_REGISTERED', 'No enterprise with this code is registered'));
    await renderPage(<RegisterReceivable />, { me });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: '提交登记' }));
    const message = await screen.findByText('债务人尚未在平台注册');
    const item = message.closest('.ant-form-item') as HTMLElement;
    expect(within(item).getByText('债务人统一社会信用代码')).toBeTruthy();
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ReceivableTree } from '../api/procurement';
import type { Receivable } from '../api/schema';
import { CITIES, fakeApi, meOf, problem, renderPage } from '../test/render';
import { ReceivablePieces, nestPieces, payeesOf } from './ReceivablePieces';
import { transferBlocker } from './TransferModal';

const holder = meOf('SME', 'e-self');
const SUPPLIER = {
  id: 'e-tier2',
  name: '柳州示范物流有限公司',
  uscc: '91450200MA5KD00034',
  kind: 'SME',
  cityCode: '450200',
};
const DEBTOR = {
  id: 'e-core',
  name: '柳州示范汽车工业集团有限公司',
  uscc: '91450200MA5KD00018',
  kind: 'CORE',
  cityCode: '450200',
};

const receivable = (extra = {}): Receivable =>
  ({
    id: 'r-root',
    status: 'CONFIRMED',
    contractNo: 'HT-2026-0102',
    creditor: holder.enterprise,
    debtor: DEBTOR,
    amount: '520000.00',
    confirmedAmount: '520000.00',
    disputedAmount: '0.00',
    outstandingAmount: '520000.00',
    paidAmount: '0.00',
    transferredAmount: '0.00',
    invoices: [],
    deliveryDate: '2026-11-01',
    dueDate: '2099-12-31',
    confirmedAt: '2026-11-02T08:00:00.000Z',
    daysOverdue: 0,
    financingRequestId: null,
    pledge: null,
    parentId: null,
    rootId: 'r-root',
    tier: 1,
    ...extra,
  }) as unknown as Receivable;

const TREE = {
  rootId: 'r-root',
  debtor: DEBTOR,
  dueDate: '2099-12-31',
  outstandingAmount: '520000.00',
  items: [
    piece('r-root', null, 1, '520000.00', '120000.00', '400000.00', { id: 'e-self', name: '柳州精密零部件有限公司' }),
    piece('r-2', 'r-root', 2, '120000.00', '30000.00', '90000.00', { id: 'e-tier2', name: SUPPLIER.name }),
    piece('r-3', 'r-2', 3, '30000.00', '0.00', '30000.00', { id: 'e-tier3', name: '广西示范软件有限公司' }),
  ],
} as unknown as ReceivableTree;

function piece(
  id: string,
  parentId: string | null,
  tier: number,
  amount: string,
  transferredAmount: string,
  outstandingAmount: string,
  holderOf?: { id: string; name: string },
) {
  return {
    id,
    parentId,
    tier,
    amount,
    confirmedAmount: amount,
    paidAmount: '0.00',
    transferredAmount,
    outstandingAmount,
    status: 'CONFIRMED',
    ...(holderOf ? { holder: holderOf } : {}),
  };
}

describe('the tree of a split receivable', () => {
  it('nests each piece under the one it was split from', () => {
    const [root] = nestPieces(TREE.items);
    expect(root.id).toBe('r-root');
    expect(root.children?.map((p) => p.id)).toEqual(['r-2']);
    expect(root.children?.[0].children?.map((p) => p.id)).toEqual(['r-3']);
  });

  it("tells the debtor whom it pays: each holder's outstanding, together the obligation once", () => {
    expect(payeesOf(TREE)).toEqual([
      { id: 'e-self', name: '柳州精密零部件有限公司', amount: '400000.00' },
      { id: 'e-tier2', name: SUPPLIER.name, amount: '90000.00' },
      { id: 'e-tier3', name: '广西示范软件有限公司', amount: '30000.00' },
    ]);
  });

  it('shows the debtor the pieces and whom it pays on the due date', async () => {
    const debtor = meOf('CORE_ENTERPRISE', 'e-core');
    fakeApi({
      'GET /me': () => debtor,
      'GET /cities': () => CITIES,
      'GET /receivables/r-root/tree': () => TREE,
    });
    await renderPage(
      <ReceivablePieces
        receivable={receivable({ transferredAmount: '120000.00', outstandingAmount: '400000.00' })}
        onChanged={vi.fn()}
      />,
      { me: debtor },
    );
    const payees = (await screen.findByText('到期日 2099-12-31 的付款对象')).closest('.tree-payees') as HTMLElement;
    expect(within(payees).getByText('¥90,000.00')).toBeTruthy();
    expect(within(payees).getByText('广西示范软件有限公司')).toBeTruthy();
    expect(screen.getByText('第 3 级')).toBeTruthy();
    expect(document.querySelector('.tree-total')?.textContent).toBe('¥520,000.00');
    // Only a holder transfers.
    expect(screen.queryByRole('button', { name: '转让' })).toBeNull();
  });
});

describe('transferring a piece', () => {
  it('checks the form, confirms what will happen, then transfers once with an idempotency key', async () => {
    const user = userEvent.setup({ delay: null });
    const onChanged = vi.fn();
    let refuse = true;
    const { calls } = fakeApi({
      'GET /me': () => holder,
      'GET /cities': () => CITIES,
      'POST /receivables/r-root/transfers': ({ body }) => {
        if (refuse) {
          refuse = false;
          return problem(422, 'TRANSFEREE_NOT_ELIGIBLE', 'The transferee must be a registered SME');
        }
        const { amount } = body as { amount: string };
        return {
          transfer: { id: 't-1', receivableId: 'r-root', pieceId: 'r-2', amount, reference: 'PO-7' },
          piece: { ...receivable(), id: 'r-2', creditor: SUPPLIER, amount, tier: 2, parentId: 'r-root' },
          receivable: receivable({ transferredAmount: amount }),
        };
      },
    });
    await renderPage(<ReceivablePieces receivable={receivable()} onChanged={onChanged} />, { me: holder });

    expect(await screen.findByText(/尚未拆分转让/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '转让' }));
    const dialog = await screen.findByRole('dialog');

    const uscc = within(dialog).getByLabelText('受让方统一社会信用代码');
    const amount = within(dialog).getByLabelText('转让金额');
    fireEvent.change(uscc, { target: { value: '1234' } });
    fireEvent.change(amount, { target: { value: '520000.01' } });
    await user.click(within(dialog).getByRole('button', { name: '下一步' }));
    expect(await within(dialog).findByText(/统一社会信用代码为 18 位/)).toBeTruthy();
    expect(within(dialog).getByText('超过可转让金额')).toBeTruthy();
    expect(within(dialog).getByText('必填')).toBeTruthy();

    // The holder's own code is refused before anything is sent.
    fireEvent.change(uscc, { target: { value: holder.enterprise!.uscc } });
    await user.click(within(dialog).getByRole('button', { name: '下一步' }));
    expect(await within(dialog).findByText('不能转让给自己')).toBeTruthy();

    fireEvent.change(uscc, { target: { value: SUPPLIER.uscc } });
    fireEvent.change(amount, { target: { value: '120000' } });
    fireEvent.change(within(dialog).getByLabelText('转让参考号'), { target: { value: ' PO-7 ' } });
    await user.click(within(dialog).getByRole('button', { name: '下一步' }));

    // The confirmation: to whom, how much, what the holder keeps, and who pays when.
    expect(await within(dialog).findByText('请确认转让', undefined)).toBeTruthy();
    expect(await within(dialog).findByText(SUPPLIER.uscc)).toBeTruthy();
    expect(within(dialog).getByText('¥120,000.00')).toBeTruthy();
    expect(within(dialog).getByText('¥400,000.00')).toBeTruthy();
    expect(within(dialog).getByText(/到期日 2099-12-31 由 柳州示范汽车工业集团有限公司 直接向其付款/)).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    // A refusal brings the form back, the message on the field it concerns.
    await user.click(within(dialog).getByRole('button', { name: '确认转让' }));
    expect(await within(dialog).findByText('受让方须为债务人以外的已注册中小企业')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: '下一步' })).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: '下一步' }));
    await user.click(await within(dialog).findByRole('button', { name: '确认转让' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[1].body).toEqual({ toUscc: SUPPLIER.uscc, amount: '120000.00', reference: 'PO-7' });
    expect(posts[1].headers['Idempotency-Key']).toMatch(/^[0-9a-f]{32}$/);
    expect(await screen.findByText(`已将 ¥120,000.00 转让给 ${SUPPLIER.name}`)).toBeTruthy();
  }, 90_000);

  it('says why a receivable cannot be split: not confirmed, overdue, pledged, nothing left', () => {
    const of = (extra: object) => transferBlocker(receivable(extra));
    expect(of({})).toBeNull();
    expect(of({ status: 'PENDING_CONFIRMATION' })).toBe('state');
    expect(of({ daysOverdue: 3 })).toBe('overdue');
    expect(of({ financingRequestId: 'f-1' })).toBe('pledged');
    expect(of({ outstandingAmount: '0.00' })).toBe('nothing');
  });

  it('is not offered on a pledged receivable', async () => {
    fakeApi({ 'GET /me': () => holder, 'GET /cities': () => CITIES });
    await renderPage(<ReceivablePieces receivable={receivable({ financingRequestId: 'f-1' })} onChanged={vi.fn()} />, {
      me: holder,
    });
    const button = await screen.findByRole('button', { name: '转让' });
    expect(button.hasAttribute('disabled')).toBe(true);
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CITIES, fakeApi, meOf, renderPage } from '../test/render';
import { DeclareProjectModal } from './ProcurementForms';

const purchaser = meOf('PURCHASER', 'e-bureau');
const SCHOOL = {
  id: 'e-school',
  name: '柳州市第二中学',
  uscc: '12450200MB1D00012X',
  kind: 'BUYER',
  cityCode: '450200',
};

describe('declaring a procurement project', () => {
  it('checks the reservation against the budget before sending, and declares for a subordinate unit', async () => {
    const user = userEvent.setup({ delay: null });
    const onDone = vi.fn();
    const { calls } = fakeApi({
      'GET /me': () => purchaser,
      'GET /cities': () => CITIES,
      'GET /enterprises': ({ query }) => {
        expect(query.get('parentId')).toBe('e-bureau');
        return { items: [SCHOOL], nextCursor: null };
      },
      'POST /procurement-projects': ({ body }) => ({ id: 'p-1', ...(body as object), flags: [], awards: [] }),
    });
    await renderPage(<DeclareProjectModal year={2026} open onClose={vi.fn()} onDone={onDone} />, { me: purchaser });
    const dialog = await screen.findByRole('dialog');
    const field = (label: string) => within(dialog).getByLabelText(label);
    const submit = () => user.click(within(dialog).getByRole('button', { name: '申报项目' }));

    fireEvent.change(field('项目名称'), { target: { value: '学生食堂食材配送' } });
    fireEvent.change(field('预算金额'), { target: { value: '3000000' } });
    fireEvent.change(field('预留中小企业金额'), { target: { value: '1200000' } });
    fireEvent.change(field('其中预留小微企业金额'), { target: { value: '1300000' } });
    await submit();
    // Reserved whole (the default) means the whole budget; the small and micro part is "of which".
    expect(await within(dialog).findByText('整体预留时预留金额须等于预算金额')).toBeTruthy();
    expect(within(dialog).getByText('小微企业预留金额不能超过预留金额')).toBeTruthy();

    await user.click(field('预留方式'));
    await user.click(await screen.findByTitle('不预留'));
    await submit();
    expect(await within(dialog).findByText('不预留时预留金额须为 0')).toBeTruthy();
    await waitFor(() => expect(within(dialog).getAllByText('必填')).toHaveLength(1));

    await user.click(field('预留方式'));
    await user.click(await screen.findByTitle('设置专门采购包'));
    fireEvent.change(field('其中预留小微企业金额'), { target: { value: '800000' } });
    await user.click(field('采购单位'));
    await user.click(await screen.findByTitle(SCHOOL.name));
    await submit();

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      year: 2026,
      unitId: 'e-school',
      name: '学生食堂食材配送',
      category: 'GOODS',
      budgetAmount: '3000000.00',
      reservation: 'PACKAGE',
      reservedAmount: '1200000.00',
      smallMicroReservedAmount: '800000.00',
    });
  }, 90_000);
});

import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import { Providers } from '../../App';
import { i18n } from '../../i18n';
import { currentYear } from '../../components/YearSelect';
import { CITIES, fakeApi, meOf, renderPage } from '../../test/render';
import Procurement from '../regulator/Procurement';
import PublicProcurement from './PublicProcurement';

const row = (unitId: string, name: string, reservedShare: string, compliant: boolean, extra = {}) => ({
  level: 'UNIT',
  unitId,
  name,
  cityCode: '450100',
  year: currentYear(),
  budgetTotal: '31800000.00',
  reservedTotal: '4500000.00',
  reservedShare,
  smallMicroReservedTotal: '2000000.00',
  smallMicroShare: '0.4444',
  awardedTotal: '0.00',
  awardedToSme: '0.00',
  awardedToSmallMicro: '0.00',
  compliant,
  unitCount: 1,
  compliantUnitCount: compliant ? 1 : 0,
  ...extra,
});

const report = (items: object[]) => ({
  year: currentYear(),
  policy: { reservedShareMin: '0.30', smallMicroShareMin: '0.60' },
  nextCursor: null,
  items,
});

const bodyRows = () => [...document.querySelectorAll<HTMLElement>('.compliance-table tr.ant-table-row')];

describe('the compliance of SME set-asides', () => {
  it('is published without login: units below the line first, no flags, files to download', async () => {
    const { calls } = fakeApi({
      'GET /cities': () => CITIES,
      [`GET /public/procurement/${currentYear()}`]: () =>
        report([row('u-1', '南宁市交通运输局', '0.1415', false), row('u-2', '柳州市教育局', '0.4000', true)]),
    });
    await i18n.changeLanguage('zh-CN');
    render(
      <Providers>
        <MemoryRouter>
          <PublicProcurement />
        </MemoryRouter>
      </Providers>,
    );

    expect(await screen.findByText('南宁市交通运输局')).toBeTruthy();
    const [first, second] = bodyRows();
    expect(first.className).toContain('below-line');
    expect(within(first).getByText('未达标')).toBeTruthy();
    expect(within(first).getByText('14.15%')).toBeTruthy();
    expect(within(second).getByText('达标')).toBeTruthy();
    expect(screen.queryByText('提示')).toBeNull();
    expect(calls.some((c) => c.path === '/me')).toBe(false);
    expect(calls.every((c) => c.headers.Authorization === undefined)).toBe(true);
    const csv = screen.getByRole('button', { name: /导出 CSV/ }).closest('a')!;
    expect(csv.getAttribute('href')).toBe(`/api/v1/public/procurement/${currentYear()}?groupBy=unit&format=csv`);
  });

  it("shows the regulator the flags and opens a unit's details", async () => {
    const me = meOf('REGULATOR', null);
    fakeApi({
      'GET /me': () => me,
      'GET /cities': () => CITIES,
      [`GET /procurement-policies/${currentYear()}`]: () => ({
        reservedShareMin: '0.30',
        smallMicroShareMin: '0.60',
        locked: false,
      }),
      'GET /procurement/compliance': ({ query }) => {
        expect(query.get('year')).toBe(String(currentYear()));
        return report([
          row('u-1', '南宁市交通运输局', '0.1415', false, { flags: ['SMALL_PROJECT_NOT_RESERVED'] }),
          row('u-2', '柳州市教育局', '0.4000', true, { flags: [] }),
        ]);
      },
    });
    await renderPage(<Procurement />, { me });

    const link = await screen.findByRole('link', { name: '南宁市交通运输局' });
    expect(link.getAttribute('href')).toBe(`/regulator/procurement/units/u-1?year=${currentYear()}`);
    const [first] = bodyRows();
    expect(within(first).getByText('小额项目未整体预留')).toBeTruthy();
    expect(screen.getByText(/预留比例不低于 30%，其中小微企业不低于 60%/)).toBeTruthy();
    expect(screen.getByText(/导出后本年度政策将被锁定/)).toBeTruthy();
  });
});

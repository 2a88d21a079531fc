import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { today } from '../../lib/dates';
import { CITIES, fakeApi, meOf, renderPage } from '../../test/render';
import CoreOnboarding from './Onboarding';

const me = { ...meOf('CORE_ENTERPRISE', 'e-core') };
me.enterprise = { ...me.enterprise!, cityCode: '450200', kind: 'CORE' };
const year = Number(today().slice(0, 4));

const application = (status: string, applicationYear: number, extra: object = {}) => ({
  id: `a-${status}-${applicationYear}`,
  status,
  year: applicationYear,
  enterpriseId: 'e-core',
  cityCode: '450200',
  contactName: '韦经理',
  contactPhone: '13907720001',
  note: null,
  rejectionReason: null,
  platformAccountId: status === 'CONNECTED' ? 'ZZ-450200-000001' : null,
  connectedOn: status === 'CONNECTED' ? today() : null,
  createdAt: '2026-12-01T02:00:00.000Z',
  updatedAt: '2026-12-01T02:00:00.000Z',
  nominatedAt: null,
  approvedAt: null,
  rejectedAt: null,
  withdrawnAt: null,
  connectedAt: null,
  enterprise: { id: 'e-core', name: '测试企业' },
  ...extra,
});
const quota = (remaining: number) => [
  { cityCode: '450200', cityName: '柳州市', cityNameEn: 'Liuzhou', year, quota: 2, used: 2 - remaining, remaining },
];

async function show(items: object[], remaining: number) {
  fakeApi({
    'GET /me': () => me,
    'GET /cities': () => CITIES,
    'GET /onboarding-applications': () => ({ items, nextCursor: null }),
    'GET /onboarding-quotas': () => quota(remaining),
  });
  await renderPage(<CoreOnboarding />, { me });
  await screen.findByText(/年名额 2 个/);
}

describe('the core enterprise’s onboarding page offers what its state allows', () => {
  it('offers no application once the enterprise is connected', async () => {
    await show([application('CONNECTED', year)], 0);
    expect(await screen.findByText(/贵司已于 .* 接入应收账款融资服务平台，无需再申请/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '提交接入申请' })).toBeNull();
  });

  it('offers only next year when this year’s places in the city are taken', async () => {
    await show([], 0);
    expect(await screen.findByText(`本市 ${year} 年的名额已用完，可申请 ${year + 1} 年度。`)).toBeTruthy();
    expect(screen.getAllByRole('button', { name: '提交接入申请' }).length).toBeGreaterThan(0);
  });

  it('offers nothing when both years already have a live application', async () => {
    await show([application('SUBMITTED', year), application('NOMINATED', year + 1)], 1);
    expect(await screen.findByText('本年度和下一年度的申请均已提交，请关注审核进度。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '提交接入申请' })).toBeNull();
  });
});

import type TestAgent from 'supertest/lib/agent';
import { API } from '../support/api';
import { enterpriseWithUser, type EnterpriseUser } from './enterprises';
import { invoiceNumber, tag, uscc } from './identifiers';
import { day } from './receivables';

/** A purchasing unit (a state organ unless told), optionally under a competent unit. */
export const unitFields = (cityCode = '451100', extra: Record<string, unknown> = {}) => ({
  name: `贺州市示范局 ${tag()}`,
  uscc: uscc(cityCode),
  kind: 'BUYER',
  cityCode,
  industry: 'OTHER',
  employees: 120,
  annualRevenue: '30000000.00',
  ownership: 'STATE_ORGAN',
  ...extra,
});

/** Registers a purchasing unit (as admin) with a PURCHASER user, logged in. */
export const purchaser = (http: TestAgent, admin: string, cityCode = '451100', extra: Record<string, unknown> = {}) =>
  enterpriseWithUser(http, admin, unitFields(cityCode, extra), 'PURCHASER');

export const projectFields = (year: number, overrides: Record<string, unknown> = {}) => ({
  year,
  name: `办公设备采购 ${tag()}`,
  category: 'SERVICES',
  budgetAmount: '5000000.00',
  reservation: 'PACKAGE',
  reservedAmount: '2000000.00',
  smallMicroReservedAmount: '1500000.00',
  ...overrides,
});

export function declare(http: TestAgent, unit: EnterpriseUser, year: number, overrides: Record<string, unknown> = {}) {
  return http
    .post(`${API}/procurement-projects`)
    .auth(unit.token, { type: 'bearer' })
    .send(projectFields(year, overrides));
}

/** Declares a project; fails the test on anything but 201. */
export async function project(
  http: TestAgent,
  unit: EnterpriseUser,
  year: number,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; [field: string]: unknown }> {
  const response = await declare(http, unit, year, overrides);
  if (response.status !== 201) throw new Error(`project: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export function awardTo(
  http: TestAgent,
  unit: EnterpriseUser,
  projectId: string,
  supplierUscc: string,
  overrides: Record<string, unknown> = {},
) {
  return http
    .post(`${API}/procurement-projects/${projectId}/awards`)
    .auth(unit.token, { type: 'bearer' })
    .send({ supplierUscc, contractNo: `ZC-${tag()}`, amount: '600000.00', signedOn: day(-30), ...overrides });
}

/** Awards a contract; fails the test on anything but 201. */
export async function award(
  http: TestAgent,
  unit: EnterpriseUser,
  projectId: string,
  supplierUscc: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; [field: string]: unknown }> {
  const response = await awardTo(http, unit, projectId, supplierUscc, overrides);
  if (response.status !== 201) throw new Error(`award: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** An acceptance body of one invoice for `amount`, accepted `daysAgo` days ago. */
export const acceptanceFields = (amount: string, daysAgo = 1) => {
  const acceptedOn = day(-daysAgo);
  return {
    acceptedOn,
    amount,
    invoices: [{ number: invoiceNumber(Number(acceptedOn.slice(0, 4))), amount, issueDate: acceptedOn }],
  };
};

export function accept(http: TestAgent, unit: EnterpriseUser, awardId: string, amount: string, daysAgo = 1) {
  return http
    .post(`${API}/procurement-awards/${awardId}/acceptances`)
    .auth(unit.token, { type: 'bearer' })
    .send(acceptanceFields(amount, daysAgo));
}

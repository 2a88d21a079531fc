import { shanghaiDate, yearOf } from '@gqt/kernel';
import type TestAgent from 'supertest/lib/agent';
import { API } from '../support/api';
import { coreFields, enterpriseWithUser, type EnterpriseUser } from './enterprises';
import { tag } from './identifiers';

export const currentYear = () => yearOf(shanghaiDate());

export const applicationFields = (year = currentYear()) => ({
  year,
  contactName: '王经理',
  contactPhone: '13800000000',
  note: `申请接入 ${tag()}`,
});

export interface Applicant extends EnterpriseUser {
  applicationId: string;
}

/** A core enterprise of the city with a user, that has applied for the year. */
export async function applicant(
  http: TestAgent,
  admin: string,
  cityCode: string,
  year = currentYear(),
): Promise<Applicant> {
  const core = await enterpriseWithUser(http, admin, coreFields(cityCode));
  const response = await http
    .post(`${API}/onboarding-applications`)
    .auth(core.token, { type: 'bearer' })
    .send(applicationFields(year));
  if (response.status !== 201) throw new Error(`apply: ${response.status} ${JSON.stringify(response.body)}`);
  return { ...core, applicationId: response.body.id as string };
}

/** Takes an application through a step as the given caller; fails the test on anything but 200. */
export async function step(
  http: TestAgent,
  token: string,
  applicationId: string,
  action: 'nominate' | 'approve' | 'reject' | 'withdraw' | 'connect',
  body: object = {},
): Promise<Record<string, unknown>> {
  const response = await http
    .post(`${API}/onboarding-applications/${applicationId}/${action}`)
    .auth(token, { type: 'bearer' })
    .send(body);
  if (response.status !== 200) throw new Error(`${action}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Record<string, unknown>;
}

/** Applies for the year, and has the region nominate, approve and connect the enterprise on `connectedOn`. */
export async function connectedApplicant(
  http: TestAgent,
  admin: string,
  region: string,
  cityCode: string,
  connectedOn: string,
  year = currentYear(),
): Promise<Applicant> {
  const core = await applicant(http, admin, cityCode, year);
  await step(http, region, core.applicationId, 'nominate');
  await step(http, region, core.applicationId, 'approve');
  await step(http, region, core.applicationId, 'connect', { platformAccountId: `ZZ-${tag()}`, connectedOn });
  return core;
}

export async function quotaOf(http: TestAgent, token: string, cityCode: string, year = currentYear()) {
  const response = await http.get(`${API}/onboarding-quotas?year=${year}`).auth(token, { type: 'bearer' });
  return (response.body as { cityCode: string; quota: number; used: number; remaining: number }[]).find(
    (row) => row.cityCode === cityCode,
  );
}

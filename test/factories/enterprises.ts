import type TestAgent from 'supertest/lib/agent';
import { ADMIN, API } from '../support/api';
import { tag, uscc } from './identifiers';

export const coreFields = (cityCode = '450200') => ({
  name: `柳州示范汽车集团 ${tag()}`,
  uscc: uscc(cityCode),
  kind: 'CORE',
  cityCode,
  industry: 'INDUSTRY',
  employees: 12000,
  annualRevenue: '8000000000.00',
  ownership: 'STATE_OWNED',
});

export const smeFields = (cityCode = '450200') => ({
  name: `柳州精密零部件有限公司 ${tag()}`,
  uscc: uscc(cityCode),
  kind: 'SME',
  cityCode,
  industry: 'INDUSTRY',
  employees: 85,
  annualRevenue: '26000000.00',
  ownership: 'PRIVATE',
});

export const bankFields = (cityCode = '450100') => ({
  name: `广西示范银行 ${tag()}`,
  uscc: uscc(cityCode),
  kind: 'BANK',
  cityCode,
  industry: 'OTHER',
  employees: 3000,
  annualRevenue: '5000000000.00',
});

const ROLE_OF_KIND = { CORE: 'CORE_ENTERPRISE', BUYER: 'CORE_ENTERPRISE', SME: 'SME', BANK: 'BANK' } as const;

export async function login(http: TestAgent, username: string, password: string): Promise<string> {
  const response = await http.post(`${API}/auth/login`).send({ username, password });
  if (response.status !== 200)
    throw new Error(`login ${username}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.accessToken as string;
}

export const adminToken = (http: TestAgent) => login(http, ADMIN.username, ADMIN.password);

export interface EnterpriseUser {
  enterprise: { id: string; uscc: string; cityCode: string; name: string; kind: string };
  username: string;
  password: string;
  token: string;
}

/** Registers an enterprise (as admin) and one user of it (by default of its kind's role), logged in. */
export async function enterpriseWithUser(
  http: TestAgent,
  admin: string,
  fields: ReturnType<typeof coreFields> | Record<string, unknown>,
  userRole?: string,
): Promise<EnterpriseUser> {
  const created = await http.post(`${API}/enterprises`).auth(admin, { type: 'bearer' }).send(fields);
  if (created.status !== 201) throw new Error(`enterprise: ${created.status} ${JSON.stringify(created.body)}`);
  const username = `u-${tag()}`;
  const password = `Pw-${tag()}-x9!`;
  const role = userRole ?? ROLE_OF_KIND[created.body.kind as keyof typeof ROLE_OF_KIND];
  const user = await http
    .post(`${API}/users`)
    .auth(admin, { type: 'bearer' })
    .send({ username, password, role, enterpriseId: created.body.id });
  if (user.status !== 201) throw new Error(`user: ${user.status} ${JSON.stringify(user.body)}`);
  return { enterprise: created.body, username, password, token: await login(http, username, password) };
}

/** A regulator user for a jurisdiction ("450000" or a city), logged in. */
export async function regulator(http: TestAgent, admin: string, jurisdiction: string): Promise<string> {
  const username = `reg-${tag()}`;
  const password = `Pw-${tag()}-x9!`;
  const user = await http
    .post(`${API}/users`)
    .auth(admin, { type: 'bearer' })
    .send({ username, password, role: 'REGULATOR', jurisdiction });
  if (user.status !== 201) throw new Error(`regulator: ${user.status} ${JSON.stringify(user.body)}`);
  return login(http, username, password);
}

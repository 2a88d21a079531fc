import type TestAgent from 'supertest/lib/agent';
import { API } from '../support/api';
import { bankClientToken } from './banks';
import { bankFields, coreFields, enterpriseWithUser, smeFields, type EnterpriseUser } from './enterprises';
import { confirmedReceivable as debtorConfirmed } from './receivables';

export interface FinancingParties {
  core: EnterpriseUser;
  sme: EnterpriseUser;
  bank: EnterpriseUser;
  /** An API client of the bank with every scope. */
  bankApi: string;
}

/** A debtor (core enterprise), a creditor SME and a bank with a user and an API client. */
export async function financingParties(http: TestAgent, admin: string): Promise<FinancingParties> {
  const core = await enterpriseWithUser(http, admin, coreFields('450200'));
  const sme = await enterpriseWithUser(http, admin, smeFields('450200'));
  const bank = await enterpriseWithUser(http, admin, bankFields('450100'));
  return { core, sme, bank, bankApi: await bankClientToken(http, admin, bank.enterprise.id) };
}

/** A receivable of the SME, confirmed by its debtor (100 000.00 due in 50 days unless overridden). */
export async function confirmedReceivable(
  http: TestAgent,
  parties: Pick<FinancingParties, 'sme' | 'core'>,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const debtor = { token: parties.core.token, uscc: parties.core.enterprise.uscc };
  return ((await debtorConfirmed(http, parties.sme.token, debtor, overrides)) as { id: string }).id;
}

export const requestBody = (bankId: string, receivableIds: string[], overrides: Record<string, unknown> = {}) => ({
  receivableIds,
  bankId,
  requestedAmount: '80000.00',
  termDays: 30,
  ...overrides,
});

/** POST /financing-requests as the SME; the raw response (races look at every status). */
export function requestFinancing(
  http: TestAgent,
  smeToken: string,
  bankId: string,
  receivableIds: string[],
  overrides: Record<string, unknown> = {},
) {
  return http
    .post(`${API}/financing-requests`)
    .auth(smeToken, { type: 'bearer' })
    .send(requestBody(bankId, receivableIds, overrides));
}

/** A bank-side action on a request (approve, reject, disburse, repay) with the given token. */
export function decide(http: TestAgent, token: string, id: string, action: string, body: object = {}) {
  return http.post(`${API}/financing-requests/${id}/${action}`).auth(token, { type: 'bearer' }).send(body);
}

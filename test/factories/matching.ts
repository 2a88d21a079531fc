import type TestAgent from 'supertest/lib/agent';
import { API } from '../support/api';
import { bankClientToken } from './banks';
import { bankFields, coreFields, enterpriseWithUser, smeFields, type EnterpriseUser } from './enterprises';
import { confirmedReceivable } from './financing';
import { tag } from './identifiers';

export interface MatchingParties {
  core: EnterpriseUser;
  sme: EnterpriseUser;
  /** Two banks that compete for the SME's request (the second lends at most 70 %). */
  bankA: EnterpriseUser;
  bankB: EnterpriseUser;
  bankAApi: string;
  bankBApi: string;
}

/** A debtor, an SME of 贺州 and two banks with users and API clients. */
export async function matchingParties(http: TestAgent, admin: string, cityCode = '451100'): Promise<MatchingParties> {
  const core = await enterpriseWithUser(http, admin, coreFields(cityCode));
  const sme = await enterpriseWithUser(http, admin, smeFields(cityCode));
  const bankA = await enterpriseWithUser(http, admin, bankFields('450100'));
  const bankB = await enterpriseWithUser(http, admin, bankFields(cityCode));
  await http
    .patch(`${API}/enterprises/${bankB.enterprise.id}`)
    .auth(admin, { type: 'bearer' })
    .send({ financingRatio: '0.70' });
  return {
    core,
    sme,
    bankA,
    bankB,
    bankAApi: await bankClientToken(http, admin, bankA.enterprise.id),
    bankBApi: await bankClientToken(http, admin, bankB.enterprise.id),
  };
}

/** POST /financing-requests before several banks (a confirmed receivable of 100 000.00 unless given). */
export async function openRequest(
  http: TestAgent,
  parties: MatchingParties,
  overrides: Record<string, unknown> = {},
  banks: EnterpriseUser[] = [parties.bankA, parties.bankB],
) {
  const receivableIds = (overrides.receivableIds as string[] | undefined) ?? [await confirmedReceivable(http, parties)];
  return http
    .post(`${API}/financing-requests`)
    .auth(parties.sme.token, { type: 'bearer' })
    .send({
      receivableIds,
      bankIds: banks.map((b) => b.enterprise.id),
      requestedAmount: '60000.00',
      termDays: 30,
      ...overrides,
    });
}

export const inDays = (days: number, from = Date.now()) => new Date(from + days * 86_400_000).toISOString();

export function makeOffer(http: TestAgent, token: string, requestId: string, body: Record<string, unknown> = {}) {
  return http
    .post(`${API}/financing-requests/${requestId}/offers`)
    .auth(token, { type: 'bearer' })
    .send({ amount: '60000.00', annualRate: '0.0420', termDays: 30, validUntil: inDays(5), ...body });
}

export function acceptOffer(http: TestAgent, token: string, requestId: string, offerId: string) {
  return http.post(`${API}/financing-requests/${requestId}/offers/${offerId}/accept`).auth(token, { type: 'bearer' });
}

export function offersSeenBy(http: TestAgent, token: string, requestId: string) {
  return http.get(`${API}/financing-requests/${requestId}/offers`).auth(token, { type: 'bearer' });
}

export function keyListEntry(http: TestAgent, token: string, year: number, body: Record<string, unknown>) {
  return http
    .post(`${API}/key-enterprise-lists/${year}/entries`)
    .auth(token, { type: 'bearer' })
    .send({ reason: `重点企业 ${tag()}`, ...body });
}

export function publishProduct(http: TestAgent, token: string, body: Record<string, unknown> = {}) {
  return http
    .post(`${API}/financing-products`)
    .auth(token, { type: 'bearer' })
    .send({
      name: `应收账款e贷 ${tag()}`,
      kind: 'RECEIVABLE_PLEDGE',
      minAmount: '10000.00',
      maxAmount: '5000000.00',
      annualRateFrom: '0.0350',
      annualRateTo: '0.0600',
      maxTermDays: 180,
      eligibility: {},
      description: '面向小微企业',
      ...body,
    });
}

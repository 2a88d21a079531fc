import type TestAgent from 'supertest/lib/agent';
import { API } from '../support/api';
import { tag } from './identifiers';

/** POST /receivables/{id}/transfers as the holder's user; the raw response (refusals are looked at too). */
export function transfer(http: TestAgent, holderToken: string, id: string, toUscc: string, amount: string) {
  return http
    .post(`${API}/receivables/${id}/transfers`)
    .auth(holderToken, { type: 'bearer' })
    .send({ toUscc, amount, reference: `ZR-${tag()}` });
}

/** Transfers and fails the test on anything but 201; returns the new piece. */
export async function transferred(
  http: TestAgent,
  holderToken: string,
  id: string,
  toUscc: string,
  amount: string,
): Promise<{ id: string; [field: string]: unknown }> {
  const response = await transfer(http, holderToken, id, toUscc, amount);
  if (response.status !== 201) throw new Error(`transfer: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.piece;
}

export interface TreeItem {
  id: string;
  parentId: string | null;
  tier: number;
  amount: string;
  outstandingAmount: string;
  status: string;
  holder?: { id: string; name: string };
}

/** GET /receivables/{id}/tree as the caller. */
export function tree(http: TestAgent, token: string, id: string) {
  return http.get(`${API}/receivables/${id}/tree`).auth(token, { type: 'bearer' });
}

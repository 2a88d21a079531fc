import type { ClientScope } from '@gqt/platform';
import type TestAgent from 'supertest/lib/agent';
import { API } from '../support/api';
import { tag } from './identifiers';

export const ALL_BANK_SCOPES: ClientScope[] = [
  'receivables:read',
  'financing:read',
  'financing:write',
  'webhooks:manage',
];

/** Issues an API client to a bank (as admin) and returns an access token from the client credentials grant. */
export async function bankClientToken(
  http: TestAgent,
  admin: string,
  bankId: string,
  scopes: ClientScope[] = ALL_BANK_SCOPES,
): Promise<string> {
  const issued = await http
    .post(`${API}/enterprises/${bankId}/api-clients`)
    .auth(admin, { type: 'bearer' })
    .send({ name: `core-banking-${tag()}`, scopes });
  if (issued.status !== 201) throw new Error(`api client: ${issued.status} ${JSON.stringify(issued.body)}`);
  const token = await http.post(`${API}/oauth/token`).type('form').send({
    grant_type: 'client_credentials',
    client_id: issued.body.clientId,
    client_secret: issued.body.clientSecret,
  });
  if (token.status !== 200) throw new Error(`token: ${token.status} ${JSON.stringify(token.body)}`);
  return token.body.access_token as string;
}

import { API, startApi, type TestApi } from '../../support/api';
import {
  adminToken,
  bankFields,
  coreFields,
  enterpriseWithUser,
  type EnterpriseUser,
} from '../../factories/enterprises';

describe('bank systems authenticate with OAuth2 client credentials', () => {
  let api: TestApi;
  let admin: string;
  let bank: EnterpriseUser;
  let client: { clientId: string; clientSecret: string; id: string };

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    bank = await enterpriseWithUser(api.http, admin, bankFields());
    const issued = await api.http
      .post(`${API}/enterprises/${bank.enterprise.id}/api-clients`)
      .auth(admin, { type: 'bearer' })
      .send({ name: 'core banking', scopes: ['receivables:read', 'financing:read'] });
    expect(issued.status).toBe(201);
    client = issued.body;
  });
  afterAll(() => api.close());

  const token = (body: Record<string, string>) => api.http.post(`${API}/oauth/token`).send(body);

  it('shows the secret only when issued', async () => {
    expect(client.clientSecret.length).toBeGreaterThanOrEqual(40);
    const listed = await api.http
      .get(`${API}/enterprises/${bank.enterprise.id}/api-clients`)
      .auth(bank.token, { type: 'bearer' });
    expect(listed.status).toBe(200);
    expect(listed.body).toHaveLength(1);
    expect(JSON.stringify(listed.body)).not.toContain(client.clientSecret);
  });

  it('grants every scope of the client by default, as JSON', async () => {
    const response = await token({
      grant_type: 'client_credentials',
      client_id: client.clientId,
      client_secret: client.clientSecret,
    });
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'receivables:read financing:read',
    });
    const me = await api.http.get(`${API}/me`).auth(response.body.access_token, { type: 'bearer' });
    expect(me.body).toMatchObject({
      type: 'client',
      clientId: client.clientId,
      role: 'BANK',
      enterpriseId: bank.enterprise.id,
    });
    expect(me.body.scopes).toEqual(['receivables:read', 'financing:read']);
  });

  it('accepts a form body and HTTP Basic client authentication, narrowing the scope', async () => {
    const response = await api.http
      .post(`${API}/oauth/token`)
      .auth(client.clientId, client.clientSecret)
      .type('form')
      .send({ grant_type: 'client_credentials', scope: 'financing:read' });
    expect(response.status).toBe(200);
    expect(response.body.scope).toBe('financing:read');
  });

  it.each([
    [{ grant_type: 'client_credentials', client_id: 'gqt_unknown', client_secret: 'x' }, 401, 'invalid_client'],
    [{ grant_type: 'password', client_id: 'a', client_secret: 'b' }, 400, 'unsupported_grant_type'],
    [{ client_id: 'a', client_secret: 'b' }, 400, 'invalid_request'],
    [{ grant_type: 'client_credentials' }, 400, 'invalid_request'],
  ])('refuses %j with %i %s as problem+json', async (body, status, error) => {
    const response = await token(body);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ error, code: error.toUpperCase() });
    expect(typeof response.body.error_description).toBe('string');
  });

  it('refuses a wrong secret and a scope the client was not granted', async () => {
    const wrong = await token({
      grant_type: 'client_credentials',
      client_id: client.clientId,
      client_secret: `${client.clientSecret}x`,
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe('invalid_client');
    const scope = await token({
      grant_type: 'client_credentials',
      client_id: client.clientId,
      client_secret: client.clientSecret,
      scope: 'financing:write',
    });
    expect(scope.status).toBe(400);
    expect(scope.body.error).toBe('invalid_scope');
  });

  it('lets a client do only what its scopes allow (403 otherwise)', async () => {
    const access = (
      await token({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret })
    ).body.access_token as string;
    const clients = await api.http
      .get(`${API}/enterprises/${bank.enterprise.id}/api-clients`)
      .auth(access, { type: 'bearer' });
    expect(clients.status).toBe(403);
    expect(clients.body.code).toBe('FORBIDDEN');
    const users = await api.http.get(`${API}/users`).auth(access, { type: 'bearer' });
    expect(users.status).toBe(403);
  });

  it('issues clients to banks only, and only by operators', async () => {
    const core = await enterpriseWithUser(api.http, admin, coreFields());
    const toCore = await api.http
      .post(`${API}/enterprises/${core.enterprise.id}/api-clients`)
      .auth(admin, { type: 'bearer' })
      .send({ name: 'x', scopes: ['financing:read'] });
    expect(toCore.status).toBe(422);
    expect(toCore.body.code).toBe('NOT_A_BANK');
    const byBank = await api.http
      .post(`${API}/enterprises/${bank.enterprise.id}/api-clients`)
      .auth(bank.token, { type: 'bearer' })
      .send({ name: 'x', scopes: ['financing:read'] });
    expect(byBank.status).toBe(403);
    const badScope = await api.http
      .post(`${API}/enterprises/${bank.enterprise.id}/api-clients`)
      .auth(admin, { type: 'bearer' })
      .send({ name: 'x', scopes: ['everything'] });
    expect(badScope.status).toBe(400);
  });

  it("hides one bank's clients from another bank (404)", async () => {
    const other = await enterpriseWithUser(api.http, admin, bankFields());
    const response = await api.http
      .get(`${API}/enterprises/${bank.enterprise.id}/api-clients`)
      .auth(other.token, { type: 'bearer' });
    expect(response.status).toBe(404);
  });

  it('stops issuing tokens to a revoked client', async () => {
    const issued = await api.http
      .post(`${API}/enterprises/${bank.enterprise.id}/api-clients`)
      .auth(admin, { type: 'bearer' })
      .send({ name: 'to revoke', scopes: ['financing:read'] });
    const revoked = await api.http
      .delete(`${API}/enterprises/${bank.enterprise.id}/api-clients/${issued.body.id}`)
      .auth(admin, { type: 'bearer' });
    expect(revoked.status).toBe(204);
    const response = await token({
      grant_type: 'client_credentials',
      client_id: issued.body.clientId,
      client_secret: issued.body.clientSecret,
    });
    expect(response.status).toBe(401);
  });
});

import { API, startApi, type TestApi } from '../../support/api';
import { adminToken, bankFields, enterpriseWithUser, login, type EnterpriseUser } from '../../factories/enterprises';
import { tag } from '../../factories/identifiers';

// Issue 12: a stolen or outlived credential ends at once, not when its token expires.
describe('revoked credentials end their tokens', () => {
  let api: TestApi;
  let admin: string;
  let bank: EnterpriseUser;

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    bank = await enterpriseWithUser(api.http, admin, bankFields());
  });
  afterAll(() => api.close());

  const me = (token: string) => api.http.get(`${API}/me`).auth(token, { type: 'bearer' });
  const auditOf = async (id: string) =>
    (await api.http.get(`${API}/audit-events?entityId=${id}`).auth(admin, { type: 'bearer' })).body.items.map(
      (event: { action: string }) => event.action,
    );
  const newBankUser = async () => {
    const username = `u-${tag()}`;
    const password = `Pw-${tag()}-x9!`;
    const created = await api.http
      .post(`${API}/users`)
      .auth(admin, { type: 'bearer' })
      .send({ username, password, role: 'BANK', enterpriseId: bank.enterprise.id });
    return { id: created.body.id as string, username, password, token: await login(api.http, username, password) };
  };
  const issueClient = async () => {
    const issued = await api.http
      .post(`${API}/enterprises/${bank.enterprise.id}/api-clients`)
      .auth(admin, { type: 'bearer' })
      .send({ name: `core-banking-${tag()}`, scopes: ['receivables:read'] });
    return issued.body as { id: string; clientId: string; clientSecret: string };
  };
  const clientToken = (clientId: string, clientSecret: string) =>
    api.http
      .post(`${API}/oauth/token`)
      .type('form')
      .send({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret });

  it('disabling a user ends its tokens and its logins; enabling lets it log in again', async () => {
    const user = await newBankUser();
    expect((await me(user.token)).status).toBe(200);
    const disabled = await api.http.post(`${API}/users/${user.id}/disable`).auth(admin, { type: 'bearer' });
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabledAt).toEqual(expect.any(String));
    const refused = await me(user.token);
    expect([refused.status, refused.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    const again = await api.http.post(`${API}/auth/login`).send({ username: user.username, password: user.password });
    expect([again.status, again.body.code]).toEqual([401, 'ACCOUNT_DISABLED']);

    expect((await api.http.post(`${API}/users/${user.id}/enable`).auth(admin, { type: 'bearer' })).status).toBe(200);
    expect((await me(user.token)).status).toBe(401);
    expect((await me(await login(api.http, user.username, user.password))).status).toBe(200);
    expect(await auditOf(user.id)).toEqual(expect.arrayContaining(['user.disabled', 'user.enabled']));
  });

  it('an operator cannot disable themselves, nor a user they cannot see', async () => {
    const self = (await me(admin)).body.id as string;
    const response = await api.http.post(`${API}/users/${self}/disable`).auth(admin, { type: 'bearer' });
    expect([response.status, response.body.code]).toEqual([422, 'CANNOT_DISABLE_SELF']);
    const bankUser = await newBankUser();
    const byBank = await api.http.post(`${API}/users/${bankUser.id}/disable`).auth(bank.token, { type: 'bearer' });
    expect(byBank.status).toBe(403);
    expect((await me(bankUser.token)).status).toBe(200);
  });

  it('changing one’s password ends every token issued before, one’s own included', async () => {
    const user = await newBankUser();
    const other = await login(api.http, user.username, user.password);
    const wrong = await api.http
      .post(`${API}/me/password`)
      .auth(user.token, { type: 'bearer' })
      .send({ currentPassword: 'not-it', newPassword: 'a-new-long-password' });
    expect([wrong.status, wrong.body.code]).toEqual([422, 'CURRENT_PASSWORD_WRONG']);
    expect((await me(user.token)).status).toBe(200);

    const changed = await api.http
      .post(`${API}/me/password`)
      .auth(user.token, { type: 'bearer' })
      .send({ currentPassword: user.password, newPassword: 'a-new-long-password' });
    expect(changed.status).toBe(204);
    expect((await me(user.token)).status).toBe(401);
    expect((await me(other)).status).toBe(401);
    expect((await me(await login(api.http, user.username, 'a-new-long-password'))).status).toBe(200);
    expect(await auditOf(user.id)).toContain('user.password_changed');
  });

  it('revoking an API client ends its tokens', async () => {
    const client = await issueClient();
    const token = (await clientToken(client.clientId, client.clientSecret)).body.access_token;
    expect((await me(token)).status).toBe(200);
    const revoked = await api.http
      .delete(`${API}/enterprises/${bank.enterprise.id}/api-clients/${client.id}`)
      .auth(admin, { type: 'bearer' });
    expect(revoked.status).toBe(204);
    expect((await me(token)).status).toBe(401);
    expect((await clientToken(client.clientId, client.clientSecret)).status).toBe(401);
  });

  it('rotating a client secret ends the old secret and its tokens; the new one works', async () => {
    const client = await issueClient();
    const token = (await clientToken(client.clientId, client.clientSecret)).body.access_token;
    const rotated = await api.http
      .post(`${API}/enterprises/${bank.enterprise.id}/api-clients/${client.id}/rotate-secret`)
      .auth(admin, { type: 'bearer' });
    expect(rotated.status).toBe(200);
    expect(rotated.body).toMatchObject({
      id: client.id,
      clientId: client.clientId,
      secretRotatedAt: expect.any(String),
    });
    expect(rotated.body.clientSecret).not.toBe(client.clientSecret);
    expect((await me(token)).status).toBe(401);
    expect((await clientToken(client.clientId, client.clientSecret)).status).toBe(401);
    const fresh = await clientToken(client.clientId, rotated.body.clientSecret);
    expect((await me(fresh.body.access_token)).status).toBe(200);
    expect(await auditOf(client.id)).toContain('api_client.secret_rotated');
  });
});

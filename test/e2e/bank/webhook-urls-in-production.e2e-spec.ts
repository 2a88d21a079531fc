import { API, startApi, type TestApi } from '../../support/api';
import { useOwnDatabase } from '../../support/databases';
import { bankClientToken } from '../../factories/banks';
import { adminToken, bankFields, enterpriseWithUser } from '../../factories/enterprises';

/** api-contract.md § Webhooks: with NODE_ENV=production, https to public addresses only (no SSRF). */
describe('webhook URLs in production', () => {
  const saved = {
    NODE_ENV: process.env.NODE_ENV,
    JWT_SECRET: process.env.JWT_SECRET,
    DATABASE_URL: process.env.DATABASE_URL,
  };
  let api: TestApi;
  let dropDatabase: () => Promise<void>;
  let bankApi: string;

  beforeAll(async () => {
    process.env.NODE_ENV = 'production';
    process.env.JWT_SECRET = 'a-production-like-signing-key-of-enough-length';
    process.env.SECRETS_KEY = Buffer.alloc(32, 7).toString('base64');
    // Its own key cannot open secrets that other files sealed: on PostgreSQL, its own database.
    dropDatabase = await useOwnDatabase('production');
    api = await startApi();
    const admin = await adminToken(api.http);
    const bank = await enterpriseWithUser(api.http, admin, bankFields());
    bankApi = await bankClientToken(api.http, admin, bank.enterprise.id);
  });
  afterAll(async () => {
    await api.close();
    await dropDatabase();
    Object.assign(process.env, saved);
    delete process.env.SECRETS_KEY;
  });

  const subscribe = (url: string) =>
    api.http
      .post(`${API}/webhook-subscriptions`)
      .auth(bankApi, { type: 'bearer' })
      .send({ url, events: ['financing_request.submitted'] });

  it('refuses http', async () => {
    const response = await subscribe('http://93.184.215.14/hooks');
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('WEBHOOK_URL_NOT_HTTPS');
  });

  it.each([
    'https://127.0.0.1/hooks',
    'https://localhost:8443/hooks',
    'https://10.0.0.8/hooks',
    'https://192.168.1.20/hooks',
    'https://169.254.169.254/latest/meta-data',
    'https://[::1]/hooks',
    'https://[fd00::5]/hooks',
  ])('refuses %s: it is not a public address', async (url) => {
    const response = await subscribe(url);
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('WEBHOOK_URL_NOT_PUBLIC');
  });

  it('refuses a host that does not resolve', async () => {
    const response = await subscribe('https://no-such-host.invalid/hooks');
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('WEBHOOK_URL_UNRESOLVABLE');
  });

  it('accepts https to a public address', async () => {
    const response = await subscribe('https://93.184.215.14/hooks');
    expect(response.status).toBe(201);
  });
});

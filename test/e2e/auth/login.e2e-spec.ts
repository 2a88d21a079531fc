import { JwtService } from '@nestjs/jwt';
import { ADMIN, API, startApi, type TestApi } from '../../support/api';
import { adminToken, enterpriseWithUser, smeFields } from '../../factories/enterprises';
import { tag } from '../../factories/identifiers';

describe('logging in', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const login = (username: string, password: string) => api.http.post(`${API}/auth/login`).send({ username, password });

  it('issues a bearer token that identifies the user', async () => {
    const response = await login(ADMIN.username, ADMIN.password);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600 });
    const me = await api.http.get(`${API}/me`).auth(response.body.accessToken, { type: 'bearer' });
    expect(me.body).toMatchObject({ type: 'user', username: 'admin', role: 'ADMIN', enterprise: null });
  });

  it('accepts the username in any case', async () => {
    expect((await login(ADMIN.username.toUpperCase(), ADMIN.password)).status).toBe(200);
  });

  it('answers a wrong username exactly like a wrong password', async () => {
    const wrongPassword = await login(ADMIN.username, 'not-the-password');
    const unknownUser = await login(`nobody-${tag()}`, 'not-the-password');
    const strip = ({ instance: _i, requestId: _r, ...rest }: Record<string, unknown>) => rest;
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.headers['content-type']).toContain('application/problem+json');
    expect(strip(unknownUser.body)).toEqual(strip(wrongPassword.body));
    expect(unknownUser.status).toBe(401);
    expect(wrongPassword.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('locks a username out after repeated failures, with Retry-After, and not other users', async () => {
    const admin = await adminToken(api.http);
    const victim = await enterpriseWithUser(api.http, admin, smeFields());
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await login(victim.username, `wrong-${attempt}`)).status).toBe(401);
    }
    const locked = await login(victim.username, victim.password);
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('TOO_MANY_FAILED_LOGINS');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login(ADMIN.username, ADMIN.password)).status).toBe(200);
  });

  it('refuses malformed login bodies with 400 and unknown fields', async () => {
    const missing = await api.http.post(`${API}/auth/login`).send({ username: 'admin' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toContainEqual(expect.objectContaining({ field: 'password' }));
    const extra = await api.http.post(`${API}/auth/login`).send({ ...ADMIN, remember: true });
    expect(extra.status).toBe(400);
    expect(extra.body.errors).toContainEqual(expect.objectContaining({ field: 'remember' }));
  });

  describe('bearer tokens', () => {
    const me = (token?: string) => {
      const call = api.http.get(`${API}/me`);
      return token === undefined ? call : call.set('Authorization', `Bearer ${token}`);
    };

    it('refuses a request without a token', async () => {
      const response = await me();
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('UNAUTHENTICATED');
    });

    it('refuses an expired token with TOKEN_EXPIRED', async () => {
      const valid = (await login(ADMIN.username, ADMIN.password)).body.accessToken as string;
      const claims = api.app.get(JwtService).decode<Record<string, unknown>>(valid);
      const { iat: _iat, exp: _exp, ...rest } = claims;
      const key = await signingKeyOf(api);
      const expired = api.app.get(JwtService).sign(rest, { secret: key, expiresIn: -10 });
      const response = await me(expired);
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('TOKEN_EXPIRED');
    });

    it('refuses a token signed with another key', async () => {
      const forged = api.app.get(JwtService).sign(
        {
          sub: '00000000-0000-4000-8000-000000000000',
          typ: 'user',
          name: 'x',
          role: 'ADMIN',
          ent: null,
          jur: null,
          scp: [],
        },
        {
          secret: 'a-key-that-is-not-the-platform-signing-key-0123456789',
          issuer: 'guiqitong',
        },
      );
      expect((await me(forged)).status).toBe(401);
    });

    it('refuses an unsigned token (alg none) and garbage', async () => {
      const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
      const body = Buffer.from(JSON.stringify({ sub: 'x', typ: 'user', role: 'ADMIN', iss: 'guiqitong' })).toString(
        'base64url',
      );
      expect((await me(`${header}.${body}.`)).status).toBe(401);
      expect((await me('not-a-token')).status).toBe(401);
    });
  });
});

async function signingKeyOf(api: TestApi): Promise<string> {
  const { DataSource } = await import('typeorm');
  const [row] = await api.app
    .get(DataSource)
    .query<{ value: string }[]>(`SELECT value FROM settings WHERE key = 'jwt_signing_key'`);
  return row.value;
}

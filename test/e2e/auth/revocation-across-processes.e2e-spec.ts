import { TOKEN_VERSION_TTL_MS } from '@gqt/platform';
import { ADMIN } from '../../support/api';
import { spawnApiProcess, type ApiProcess } from '../../support/api-process';
import { tag } from '../../factories/identifiers';

const queueMode = Boolean(process.env.TEST_DATABASE_URL && process.env.REDIS_URL);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Queue mode, two API processes on one PostgreSQL: a revocation made through one process ends the
// token in the other within a second, though the other had just checked (and cached) it.
(queueMode ? describe : describe.skip)('revocation across API processes (PostgreSQL + Redis)', () => {
  let a: ApiProcess;
  let b: ApiProcess;

  beforeAll(async () => {
    [a, b] = await Promise.all([spawnApiProcess(), spawnApiProcess()]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  const call = async (api: ApiProcess, method: string, path: string, token?: string, body?: object) => {
    const response = await fetch(`${api.url}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  const login = async (api: ApiProcess, username: string, password: string) =>
    (await call(api, 'POST', '/auth/login', undefined, { username, password })).body.accessToken as string;

  it('a user disabled through one process is out of the other within a second', async () => {
    const admin = await login(b, ADMIN.username, ADMIN.password);
    const username = `u-${tag()}`;
    const password = `Pw-${tag()}-x9!`;
    const created = await call(b, 'POST', '/users', admin, {
      username,
      password,
      role: 'REGULATOR',
      jurisdiction: '450000',
    });
    expect(created.status).toBe(201);
    const token = await login(a, username, password);
    expect((await call(a, 'GET', '/me', token)).status).toBe(200); // process A now holds the version

    expect((await call(b, 'POST', `/users/${created.body.id}/disable`, admin)).status).toBe(200);
    // The documented bound: every process re-reads a version at most TOKEN_VERSION_TTL_MS after it read it.
    await sleep(2 * TOKEN_VERSION_TTL_MS);
    const after = await call(a, 'GET', '/me', token);
    expect([after.status, after.body.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('a password changed through one process ends the tokens the other issued', async () => {
    const admin = await login(a, ADMIN.username, ADMIN.password);
    const username = `u-${tag()}`;
    const password = `Pw-${tag()}-x9!`;
    await call(a, 'POST', '/users', admin, { username, password, role: 'REGULATOR', jurisdiction: '450000' });
    const onA = await login(a, username, password);
    const onB = await login(b, username, password);
    expect((await call(a, 'GET', '/me', onA)).status).toBe(200);
    const changed = await call(b, 'POST', '/me/password', onB, {
      currentPassword: password,
      newPassword: 'a-new-long-password',
    });
    expect(changed.status).toBe(204);
    await sleep(2 * TOKEN_VERSION_TTL_MS);
    expect((await call(a, 'GET', '/me', onA)).status).toBe(401);
    expect((await call(a, 'GET', '/me', await login(a, username, 'a-new-long-password'))).status).toBe(200);
  });
});

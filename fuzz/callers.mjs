// Who the fuzzer calls as: nobody, every role of the demo data, the demo bank's API client, and
// credentials an attacker could make up (garbage, a token signed with another key, alg "none",
// a real token with its payload edited, malformed HTTP Basic).
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const b64 = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

function signed(claims, key) {
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${head}.${createHmac('sha256', key).update(head).digest('base64url')}`;
}

/** The demo users and API client that `npm start` printed into DATA_DIR/demo-credentials.txt. */
function demoCredentials(dataDir) {
  const text = readFileSync(join(dataDir, 'demo-credentials.txt'), 'utf8');
  const users = [...text.matchAll(/^\s+([A-Z_]+)\s+(\S+)\s+(\S+)\s+/gm)].map(([, role, username, password]) => ({
    role,
    username,
    password,
  }));
  const [, clientId, clientSecret] = /client_id=(\S+)\s+client_secret=(\S+)/.exec(text) ?? [];
  return { users, clientId, clientSecret };
}

async function post(api, path, body, contentType = 'application/json') {
  const response = await fetch(`${api}${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: contentType === 'application/json' ? JSON.stringify(body) : new URLSearchParams(body).toString(),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Every caller as `{name, headers}`; one user per role (the first listed), the operator, the client. */
export async function callers(api, dataDir, adminPassword) {
  const { users, clientId, clientSecret } = demoCredentials(dataDir);
  const firstOfRole = [...new Map(users.map((user) => [user.role, user])).values()];
  const regional = users.find((user) => user.username === 'demo-regulator-liuzhou');
  const login = async ({ username, password }) => (await post(api, '/auth/login', { username, password })).accessToken;
  const list = [{ name: 'anonymous', headers: {} }];
  const admin = await login({ username: 'admin', password: adminPassword });
  list.push({ name: 'ADMIN', headers: { authorization: `Bearer ${admin}` } });
  for (const user of [...firstOfRole, ...(regional ? [regional] : [])]) {
    list.push({ name: `${user.role}:${user.username}`, headers: { authorization: `Bearer ${await login(user)}` } });
  }
  if (clientId) {
    const token = await post(
      api,
      '/oauth/token',
      { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret },
      'application/x-www-form-urlencoded',
    );
    list.push({ name: 'BANK client', headers: { authorization: `Bearer ${token.access_token}` } });
  }
  const [head, payload, signature] = admin.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  const forged = {
    'forged: garbage': 'Bearer not.a.jwt',
    'forged: other key': `Bearer ${signed(claims, randomBytes(32))}`,
    'forged: alg none': `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`,
    'forged: edited payload': `Bearer ${head}.${b64({ ...claims, role: 'ADMIN', sub: '00000000-0000-0000-0000-000000000000' })}.${signature}`,
    'forged: expired shape': `Bearer ${signed({ ...claims, exp: 1 }, randomBytes(32))}`,
    'forged: basic': `Basic ${Buffer.from('%zz:x').toString('base64')}`,
  };
  for (const [name, authorization] of Object.entries(forged)) list.push({ name, headers: { authorization } });
  return { list, admin };
}

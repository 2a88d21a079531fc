import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DemoLogin {
  role: string;
  who: string;
  username: string;
  password: string;
}

export interface DemoClient {
  who: string;
  clientId: string;
  clientSecret: string;
}

/**
 * Prints the demo credentials once (api-contract.md § Running) and keeps a copy readable only by
 * this user under DATA_DIR, since the passwords are random and exist nowhere else.
 */
export function announce(dataDir: string, logins: DemoLogin[], clients: DemoClient[]): void {
  const lines = [
    '',
    '  Demo data is ready. Log in at http://localhost:<PORT>/ or POST /api/v1/auth/login with:',
    ...logins.map((l) => `    ${l.role.padEnd(16)} ${l.username.padEnd(24)} ${l.password}   ${l.who}`),
    '  Bank API client (POST /api/v1/oauth/token, grant_type=client_credentials):',
    ...clients.map((c) => `    client_id=${c.clientId}  client_secret=${c.clientSecret}   ${c.who}`),
    `  (shown once; a copy is in ${join(dataDir, 'demo-credentials.txt')})`,
    '',
  ];
  const text = lines.join('\n');
  process.stdout.write(`${text}\n`);
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'demo-credentials.txt');
  writeFileSync(file, `${text}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}

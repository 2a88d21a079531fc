import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AuthConfig } from '../config/auth.config';

export const SIGNING_KEY = Symbol('SIGNING_KEY');

/**
 * The access-token key: JWT_SECRET when given (required in production); otherwise one generated
 * on first start and kept in the database, so every API process of a deployment agrees on it.
 */
export async function resolveSigningKey(
  config: AuthConfig,
  production: boolean,
  dataSource: DataSource,
): Promise<string> {
  if (config.jwtSecret) return config.jwtSecret;
  if (production) throw new Error('JWT_SECRET is required when NODE_ENV=production');
  await dataSource.query(
    `INSERT INTO settings (key, value) VALUES ('jwt_signing_key', $1) ON CONFLICT (key) DO NOTHING`,
    [randomBytes(48).toString('base64url')],
  );
  const [row] = await dataSource.query<{ value: string }[]>(`SELECT value FROM settings WHERE key = 'jwt_signing_key'`);
  return row.value;
}

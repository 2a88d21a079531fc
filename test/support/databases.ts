import { Client } from 'pg';

/** Creates a fresh database on the test server; its name always says test. */
export async function createTestDatabase(serverUrl: string, label: string): Promise<string> {
  const name = `gqt_test_${label}_${Date.now().toString(36)}_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropTestDatabase(serverUrl: string, databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  if (!name.startsWith('gqt_test_')) throw new Error(`Refusing to drop ${name}`);
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

/**
 * For a test file that must own its database (it corrupts data on purpose, or runs its own
 * worker): on PostgreSQL a fresh database for this file alone; embedded files are alone anyway.
 * Returns a cleanup function.
 */
export async function useOwnDatabase(label: string): Promise<() => Promise<void>> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) return async () => undefined;
  const url = await createTestDatabase(server, label);
  process.env.DATABASE_URL = url;
  return () => dropTestDatabase(server, url);
}

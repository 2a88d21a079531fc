import { Client } from 'pg';

/**
 * A fresh PostgreSQL database per run when TEST_DATABASE_URL is given (house-style § 14); without
 * it every test file gets its own in-memory embedded database. Never runs against a database
 * whose name does not say "test".
 */
export default async function globalSetup(): Promise<void> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) return;
  const name = `gqt_test_${Date.now().toString(36)}_${process.pid}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  process.env.GQT_TEST_DATABASE = name;
}

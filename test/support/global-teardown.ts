import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const server = process.env.TEST_DATABASE_URL;
  const name = process.env.GQT_TEST_DATABASE;
  if (!server || !name || !name.startsWith('gqt_test_')) return;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

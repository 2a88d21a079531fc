import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Revocation within a second (issue 12): each user's and API client's credential version, which
 * every access token carries and the guard checks; disabled users; when a client secret rotated.
 */
export class CredentialRevocation1797120000000 implements MigrationInterface {
  name = 'CredentialRevocation1797120000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE token_versions (
        subject_id uuid PRIMARY KEY,
        version integer NOT NULL CHECK (version > 0)
      )`);
    await db.query('ALTER TABLE users ADD COLUMN disabled_at timestamptz(3)');
    await db.query('ALTER TABLE api_clients ADD COLUMN secret_rotated_at timestamptz(3)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE api_clients DROP COLUMN secret_rotated_at');
    await db.query('ALTER TABLE users DROP COLUMN disabled_at');
    await db.query('DROP TABLE token_versions');
  }
}

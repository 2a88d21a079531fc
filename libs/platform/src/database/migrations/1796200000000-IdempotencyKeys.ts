import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency-Key (api-contract.md § Conventions): the first response to a caller's key, kept
 * for 24 hours. A row without `completed_at` is a request in progress, owned by `owner` until
 * `leased_until` (after which a retry may take it over, e.g. when the process died).
 */
export class IdempotencyKeys1796200000000 implements MigrationInterface {
  name = 'IdempotencyKeys1796200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idempotency_keys (
        caller_type text NOT NULL,
        caller_id uuid NOT NULL,
        key text NOT NULL,
        fingerprint char(64) NOT NULL,
        owner uuid,
        leased_until timestamptz(3),
        response_status integer,
        response_type text,
        response_body text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        completed_at timestamptz(3),
        expires_at timestamptz(3) NOT NULL,
        PRIMARY KEY (caller_type, caller_id, key),
        CHECK ((completed_at IS NULL) = (response_status IS NULL))
      )`);
    await db.query('CREATE INDEX idempotency_keys_expiry_idx ON idempotency_keys (expires_at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE idempotency_keys');
  }
}

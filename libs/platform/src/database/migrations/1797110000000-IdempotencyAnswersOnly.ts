import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A key's answer is now written in the transaction of the effect it answers for, and a request in
 * progress holds an advisory lock instead of a row: every row is an answer. Rows left in progress
 * by the previous scheme belong to requests that are over; they are dropped, so a retry runs.
 */
export class IdempotencyAnswersOnly1797110000000 implements MigrationInterface {
  name = 'IdempotencyAnswersOnly1797110000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('DELETE FROM idempotency_keys WHERE completed_at IS NULL');
    await db.query(`
      ALTER TABLE idempotency_keys
        DROP COLUMN owner,
        DROP COLUMN leased_until,
        DROP COLUMN completed_at,
        ALTER COLUMN response_status SET NOT NULL,
        ALTER COLUMN response_type SET NOT NULL,
        ALTER COLUMN response_body SET NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE idempotency_keys
        ADD COLUMN owner uuid,
        ADD COLUMN leased_until timestamptz(3),
        ADD COLUMN completed_at timestamptz(3),
        ALTER COLUMN response_status DROP NOT NULL,
        ALTER COLUMN response_type DROP NOT NULL,
        ALTER COLUMN response_body DROP NOT NULL`);
    await db.query('UPDATE idempotency_keys SET completed_at = created_at');
    await db.query('ALTER TABLE idempotency_keys ADD CHECK ((completed_at IS NULL) = (response_status IS NULL))');
  }
}

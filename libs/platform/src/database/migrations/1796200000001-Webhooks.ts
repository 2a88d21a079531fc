import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed webhooks for banks (api-contract.md § Webhooks): subscriptions, one delivery per
 * subscription and event (its body fixed once, so every retry sends the same bytes), and every
 * attempt. A delivery is claimed with a lease, so a worker that dies mid-delivery leaves it to
 * another once the lease runs out.
 */
export class Webhooks1796200000001 implements MigrationInterface {
  name = 'Webhooks1796200000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE webhook_subscriptions (
        id uuid PRIMARY KEY,
        bank_id uuid NOT NULL REFERENCES enterprises (id),
        url text NOT NULL,
        events text[] NOT NULL CHECK (cardinality(events) > 0),
        secret text NOT NULL,
        created_at timestamptz(3) NOT NULL,
        secret_rotated_at timestamptz(3),
        deleted_at timestamptz(3)
      )`);
    await db.query(
      'CREATE INDEX webhook_subscriptions_bank_idx ON webhook_subscriptions (bank_id, created_at DESC, id DESC) WHERE deleted_at IS NULL',
    );

    await db.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY,
        subscription_id uuid NOT NULL REFERENCES webhook_subscriptions (id),
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        body text NOT NULL,
        state text NOT NULL CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED', 'CANCELLED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz(3),
        retry_until timestamptz(3) NOT NULL,
        leased_until timestamptz(3),
        lease_owner uuid,
        last_status integer,
        created_at timestamptz(3) NOT NULL,
        delivered_at timestamptz(3),
        CONSTRAINT webhook_deliveries_event_key UNIQUE (subscription_id, event_id),
        CHECK ((state = 'PENDING') = (next_attempt_at IS NOT NULL))
      )`);
    await db.query(
      `CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE state = 'PENDING'`,
    );

    await db.query(`
      CREATE TABLE webhook_attempts (
        id uuid PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES webhook_deliveries (id),
        subscription_id uuid NOT NULL REFERENCES webhook_subscriptions (id),
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        attempt integer NOT NULL CHECK (attempt > 0),
        status integer,
        error text,
        duration_ms integer NOT NULL CHECK (duration_ms >= 0),
        attempted_at timestamptz(3) NOT NULL,
        next_attempt_at timestamptz(3)
      )`);
    await db.query(
      'CREATE INDEX webhook_attempts_page_idx ON webhook_attempts (subscription_id, attempted_at DESC, id DESC)',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE webhook_attempts');
    await db.query('DROP TABLE webhook_deliveries');
    await db.query('DROP TABLE webhook_subscriptions');
  }
}

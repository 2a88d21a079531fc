import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Poison events (a handler that keeps failing on one event) are counted and, after a bounded
 * number of attempts, parked for an operator instead of being retried for ever. The relay claims
 * events never handed on before those due again, each from its own index, so retries of failing
 * events never hold back new ones; `redispatch_at` says when an event is due again.
 */
export class ParkedEvents1797110000001 implements MigrationInterface {
  name = 'ParkedEvents1797110000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE outbox_events
        ADD COLUMN redispatch_at timestamptz(3),
        ADD COLUMN parked_at timestamptz(3)`);
    await db.query(`
      UPDATE outbox_events
         SET redispatch_at = dispatched_at + least(interval '30 seconds' * power(2, dispatch_count - 1), interval '1 hour')
       WHERE completed_at IS NULL AND dispatched_at IS NOT NULL`);
    await db.query(`
      CREATE INDEX outbox_events_fresh_idx ON outbox_events (occurred_at)
       WHERE completed_at IS NULL AND dispatched_at IS NULL`);
    await db.query(`
      CREATE INDEX outbox_events_redispatch_idx ON outbox_events (redispatch_at)
       WHERE completed_at IS NULL AND parked_at IS NULL AND dispatched_at IS NOT NULL`);
    await db.query(`
      CREATE TABLE event_handler_failures (
        id uuid PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES outbox_events (id),
        handler text NOT NULL,
        attempts integer NOT NULL CHECK (attempts > 0),
        last_error text NOT NULL,
        first_failed_at timestamptz(3) NOT NULL DEFAULT now(),
        last_failed_at timestamptz(3) NOT NULL DEFAULT now(),
        parked_at timestamptz(3),
        UNIQUE (event_id, handler)
      )`);
    await db.query(`
      CREATE INDEX event_handler_failures_parked_idx ON event_handler_failures (parked_at, id)
       WHERE parked_at IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE event_handler_failures');
    await db.query('DROP INDEX outbox_events_redispatch_idx');
    await db.query('DROP INDEX outbox_events_fresh_idx');
    await db.query('ALTER TABLE outbox_events DROP COLUMN parked_at, DROP COLUMN redispatch_at');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

// Confirmed debts, paid or not, and (since pieces) passed on: what business-date computations for a
// past day start from. A TRANSFERRED receivable was owed to its holder until the day it passed on
// the last of it.
const COUNTED = `status IN ('CONFIRMED', 'SETTLED', 'TRANSFERRED')`;

/**
 * Monitoring's read model follows pieces of split receivables (api-contract.md § Transfer and
 * split): each piece is a row (its root, and the day it was issued), and what a receivable passed
 * on is dated like a payment, so that any day's figures count a tree's money once: before a
 * transfer on the parent, from it on the piece.
 */
export class MonitoringTransfers1797170000001 implements MigrationInterface {
  name = 'MonitoringTransfers1797170000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE monitoring_receivables
        ADD COLUMN root_id uuid,
        ADD COLUMN issued_on date,
        ADD COLUMN transferred_fen bigint NOT NULL DEFAULT 0 CHECK (transferred_fen >= 0),
        DROP CONSTRAINT monitoring_receivables_status_check,
        ADD CONSTRAINT monitoring_receivables_status_check CHECK (status IN
          ('PENDING_CONFIRMATION', 'CONFIRMED', 'DISPUTED', 'CANCELLED', 'SETTLED', 'TRANSFERRED'))`);
    await db.query(`
      CREATE TABLE monitoring_transfers (
        transfer_id uuid PRIMARY KEY,
        receivable_id uuid NOT NULL REFERENCES monitoring_receivables (receivable_id),
        amount_fen bigint NOT NULL CHECK (amount_fen > 0),
        transferred_on date NOT NULL
      )`);
    await db.query(`CREATE INDEX monitoring_transfers_receivable_idx ON monitoring_transfers
      (receivable_id, transferred_on) INCLUDE (amount_fen)`);
    // The indexes of 1796400000000 that past days and scorecards read, with what they now read too.
    await db.query('DROP INDEX monitoring_receivables_open_until_idx');
    await db.query(`CREATE INDEX monitoring_receivables_open_until_idx ON monitoring_receivables
      ((coalesce(settled_on, 'infinity'::date))) WHERE ${COUNTED}`);
    await db.query('DROP INDEX monitoring_receivables_debtor_idx');
    await db.query(`CREATE INDEX monitoring_receivables_debtor_idx ON monitoring_receivables (debtor_id)
      INCLUDE (receivable_id, status, confirmed_fen, outstanding_fen, delivery_date, due_date, settled_on,
               registered_at, confirmed_at, late_interest_rate, creditor_id, creditor_city_code, debtor_city_code,
               root_id, transferred_fen)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX monitoring_receivables_debtor_idx');
    await db.query(`CREATE INDEX monitoring_receivables_debtor_idx ON monitoring_receivables (debtor_id)
      INCLUDE (receivable_id, status, confirmed_fen, outstanding_fen, delivery_date, due_date, settled_on,
               registered_at, confirmed_at, late_interest_rate, creditor_id, creditor_city_code, debtor_city_code)`);
    await db.query('DROP INDEX monitoring_receivables_open_until_idx');
    await db.query(`CREATE INDEX monitoring_receivables_open_until_idx ON monitoring_receivables
      ((coalesce(settled_on, 'infinity'::date))) WHERE status IN ('CONFIRMED', 'SETTLED')`);
    await db.query('DROP TABLE monitoring_transfers');
    await db.query(`
      ALTER TABLE monitoring_receivables
        DROP CONSTRAINT monitoring_receivables_status_check,
        ADD CONSTRAINT monitoring_receivables_status_check CHECK (status IN
          ('PENDING_CONFIRMATION', 'CONFIRMED', 'DISPUTED', 'CANCELLED', 'SETTLED')),
        DROP COLUMN transferred_fen,
        DROP COLUMN issued_on,
        DROP COLUMN root_id`);
  }
}

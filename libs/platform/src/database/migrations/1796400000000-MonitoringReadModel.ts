import type { MigrationInterface, QueryRunner } from 'typeorm';

// A receivable counts as live (money outstanding today) in exactly this state; the partial
// indexes below and every "today" query of the monitoring lib use the same predicate, so that
// aging reads only live rows (issue 6: partial indexes on live rows, not scans).
const LIVE = `status = 'CONFIRMED' AND outstanding_fen > 0`;
// Confirmed debts, paid or not: what business-date computations for a past day start from.
const COUNTED = `status IN ('CONFIRMED', 'SETTLED')`;
const BUCKET_COLUMNS = ['not_due', 'd1_30', 'd31_60', 'd61_90', 'd90plus']
  .map(
    (bucket) => `${bucket}_count integer NOT NULL CHECK (${bucket}_count >= 0),
        ${bucket}_fen bigint NOT NULL CHECK (${bucket}_fen >= 0)`,
  )
  .join(',\n        ');

/**
 * The monitoring context's own read model, fed by receivable events (CONTRACTS.md), and its daily
 * aging snapshots. Money is integer fen (bigint): exact, and summed about a third faster than
 * NUMERIC over the hundreds of thousands of live rows an aging report reads.
 */
export class MonitoringReadModel1796400000000 implements MigrationInterface {
  name = 'MonitoringReadModel1796400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE monitoring_receivables (
        receivable_id uuid PRIMARY KEY,
        creditor_id uuid NOT NULL,
        debtor_id uuid NOT NULL,
        creditor_city_code char(6) NOT NULL,
        debtor_city_code char(6) NOT NULL,
        debtor_industry text NOT NULL,
        contract_no text NOT NULL,
        status text NOT NULL
          CHECK (status IN ('PENDING_CONFIRMATION', 'CONFIRMED', 'DISPUTED', 'CANCELLED', 'SETTLED')),
        amount_fen bigint CHECK (amount_fen >= 0),
        confirmed_fen bigint CHECK (confirmed_fen >= 0),
        paid_fen bigint NOT NULL DEFAULT 0 CHECK (paid_fen >= 0),
        outstanding_fen bigint NOT NULL DEFAULT 0 CHECK (outstanding_fen >= 0),
        delivery_date date,
        due_date date,
        due_date_confirmed boolean NOT NULL DEFAULT false,
        late_interest_rate numeric CHECK (late_interest_rate >= 0),
        registered_at timestamptz(3),
        confirmed_at timestamptz(3),
        settled_on date,
        overdue_notice_id uuid UNIQUE,
        overdue_noticed_on date,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (status <> 'CONFIRMED' OR outstanding_fen = 0 OR due_date IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX monitoring_receivables_live_debtor_city_idx ON monitoring_receivables
      (debtor_city_code, due_date) INCLUDE (creditor_city_code, debtor_id, debtor_industry, outstanding_fen)
      WHERE ${LIVE}`);
    await db.query(`CREATE INDEX monitoring_receivables_live_creditor_city_idx ON monitoring_receivables
      (creditor_city_code, due_date) INCLUDE (debtor_city_code, debtor_id, debtor_industry, outstanding_fen)
      WHERE ${LIVE}`);
    await db.query(`CREATE INDEX monitoring_receivables_live_debtor_idx ON monitoring_receivables
      (debtor_id, due_date) INCLUDE (creditor_city_code, debtor_city_code, debtor_industry, outstanding_fen)
      WHERE ${LIVE}`);
    await db.query(`CREATE INDEX monitoring_receivables_live_due_idx ON monitoring_receivables
      (due_date, receivable_id) WHERE ${LIVE}`);
    await db.query(`CREATE INDEX monitoring_receivables_unnoticed_idx ON monitoring_receivables
      (due_date) WHERE ${LIVE} AND overdue_notice_id IS NULL`);
    // Past days: receivables that were ever overdue (still open, or settled after their due
    // date), by due date; the second key skips those already settled by the day asked for.
    await db.query(`CREATE INDEX monitoring_receivables_ever_overdue_idx ON monitoring_receivables
      (due_date, (coalesce(settled_on, 'infinity'::date)), receivable_id)
      WHERE ${COUNTED} AND (settled_on IS NULL OR settled_on > due_date)`);
    // Snapshots of a past day: confirmed receivables not yet settled by then.
    await db.query(`CREATE INDEX monitoring_receivables_open_until_idx ON monitoring_receivables
      ((coalesce(settled_on, 'infinity'::date))) WHERE ${COUNTED}`);
    // A debtor's scorecard reads all of its receivables from this index alone (a large debtor's
    // rows lie all over the table): the columns are what the scorecard counts and filters on.
    await db.query(`CREATE INDEX monitoring_receivables_debtor_idx ON monitoring_receivables (debtor_id)
      INCLUDE (receivable_id, status, confirmed_fen, outstanding_fen, delivery_date, due_date, settled_on,
               registered_at, confirmed_at, late_interest_rate, creditor_id, creditor_city_code, debtor_city_code)`);
    await db.query('CREATE INDEX monitoring_receivables_creditor_idx ON monitoring_receivables (creditor_id)');

    await db.query(`
      CREATE TABLE monitoring_payments (
        payment_id uuid PRIMARY KEY,
        receivable_id uuid NOT NULL REFERENCES monitoring_receivables (receivable_id),
        amount_fen bigint NOT NULL CHECK (amount_fen > 0),
        paid_on date NOT NULL
      )`);
    await db.query(`CREATE INDEX monitoring_payments_receivable_idx ON monitoring_payments
      (receivable_id, paid_on) INCLUDE (amount_fen)`);

    // Names of the parties, for labels and lists without reaching into another context's tables.
    await db.query(`
      CREATE TABLE monitoring_parties (
        enterprise_id uuid PRIMARY KEY,
        name text NOT NULL,
        city_code char(6) NOT NULL
      )`);

    // Live outstanding money per due date and debtor city, and per due date and debtor industry,
    // kept in step with the rows above in the same transactions: region-wide aging by city or
    // industry reads these (a few thousand rows) instead of every live receivable.
    await db.query(`
      CREATE TABLE monitoring_open_totals (
        grouping text NOT NULL CHECK (grouping IN ('city', 'industry')),
        group_key text NOT NULL,
        due_date date NOT NULL,
        receivables integer NOT NULL CHECK (receivables >= 0),
        outstanding_fen bigint NOT NULL CHECK (outstanding_fen >= 0),
        PRIMARY KEY (grouping, group_key, due_date)
      )`);

    await db.query(`
      CREATE TABLE monitoring_snapshot_days (
        snapshot_date date PRIMARY KEY,
        stale boolean NOT NULL DEFAULT false,
        taken_at timestamptz(3) NOT NULL,
        receivables integer NOT NULL,
        duration_ms integer NOT NULL
      )`);
    // One row per day, debtor and creditor city: enough to group by city, debtor or industry and
    // to scope to a city regulator (creditor's or debtor's city) without the raw rows.
    await db.query(`
      CREATE TABLE monitoring_aging_snapshots (
        snapshot_date date NOT NULL REFERENCES monitoring_snapshot_days (snapshot_date) ON DELETE CASCADE,
        debtor_id uuid NOT NULL,
        creditor_city_code char(6) NOT NULL,
        debtor_city_code char(6) NOT NULL,
        debtor_industry text NOT NULL,
        ${BUCKET_COLUMNS},
        PRIMARY KEY (snapshot_date, debtor_id, creditor_city_code, debtor_city_code, debtor_industry)
      )`);
    await db.query(
      'CREATE INDEX monitoring_aging_snapshots_debtor_idx ON monitoring_aging_snapshots (debtor_id, snapshot_date)',
    );
    // The same figures summed over debtors: what aging by city or industry of a past day reads
    // (a few hundred rows a day instead of tens of thousands).
    await db.query(`
      CREATE TABLE monitoring_aging_city_snapshots (
        snapshot_date date NOT NULL REFERENCES monitoring_snapshot_days (snapshot_date) ON DELETE CASCADE,
        debtor_city_code char(6) NOT NULL,
        creditor_city_code char(6) NOT NULL,
        debtor_industry text NOT NULL,
        ${BUCKET_COLUMNS},
        PRIMARY KEY (snapshot_date, debtor_city_code, creditor_city_code, debtor_industry)
      )`);
    // The daily trend per scope: the region (450000) and each city (receivables whose creditor or
    // debtor is in it).
    await db.query(`
      CREATE TABLE monitoring_trend_snapshots (
        scope_code char(6) NOT NULL,
        snapshot_date date NOT NULL REFERENCES monitoring_snapshot_days (snapshot_date) ON DELETE CASCADE,
        ${BUCKET_COLUMNS},
        PRIMARY KEY (scope_code, snapshot_date)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'monitoring_trend_snapshots',
      'monitoring_aging_city_snapshots',
      'monitoring_aging_snapshots',
      'monitoring_snapshot_days',
      'monitoring_open_totals',
      'monitoring_parties',
      'monitoring_payments',
      'monitoring_receivables',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}

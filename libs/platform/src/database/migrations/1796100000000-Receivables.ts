import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Receivables1796100000000 implements MigrationInterface {
  name = 'Receivables1796100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE receivables (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL CHECK (status IN ('PENDING_CONFIRMATION', 'CONFIRMED', 'DISPUTED', 'CANCELLED', 'SETTLED')),
        creditor_id uuid NOT NULL REFERENCES enterprises (id),
        debtor_id uuid NOT NULL REFERENCES enterprises (id),
        creditor_city_code char(6) NOT NULL,
        debtor_city_code char(6) NOT NULL,
        contract_no text NOT NULL,
        amount numeric(18, 2) NOT NULL CHECK (amount > 0),
        confirmed_amount numeric(18, 2) CHECK (confirmed_amount > 0 AND confirmed_amount <= amount),
        paid_amount numeric(18, 2) NOT NULL DEFAULT 0 CHECK (paid_amount >= 0),
        delivery_date date NOT NULL,
        due_date date NOT NULL,
        payment_term_days integer NOT NULL,
        payment_term_flags text[] NOT NULL DEFAULT '{}',
        late_interest_rate numeric(12, 8),
        description text,
        confirmed_at timestamptz(3),
        dispute_reason text,
        settled_on date,
        financing_request_id uuid,
        pledge jsonb,
        created_by uuid,
        -- A file import's job and the file row where the receivable's first invoice line was: a job
        -- that is run again after a crash skips what it already registered.
        import_job_id uuid,
        import_row integer,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (creditor_id <> debtor_id),
        CHECK (due_date >= delivery_date),
        -- The database itself refuses to record more paid than was confirmed, whatever races above it.
        CHECK (paid_amount <= coalesce(confirmed_amount, 0)),
        CHECK ((status IN ('CONFIRMED', 'SETTLED')) = (confirmed_amount IS NOT NULL))
      )`);
    await db.query('CREATE INDEX receivables_creditor_page_idx ON receivables (creditor_id, created_at DESC, id DESC)');
    await db.query('CREATE INDEX receivables_debtor_page_idx ON receivables (debtor_id, created_at DESC, id DESC)');
    await db.query('CREATE INDEX receivables_page_idx ON receivables (created_at DESC, id DESC)');
    await db.query('CREATE INDEX receivables_creditor_city_idx ON receivables (creditor_city_code, created_at DESC)');
    await db.query('CREATE INDEX receivables_debtor_city_idx ON receivables (debtor_city_code, created_at DESC)');
    await db.query(`CREATE INDEX receivables_confirmed_due_idx ON receivables (due_date) WHERE status = 'CONFIRMED'`);
    await db.query(
      'CREATE UNIQUE INDEX receivables_import_row_key ON receivables (import_job_id, import_row) WHERE import_job_id IS NOT NULL',
    );
    await db.query(
      'CREATE INDEX receivables_financing_idx ON receivables (financing_request_id) WHERE financing_request_id IS NOT NULL',
    );

    // One row per invoice line; `number` is normalised. An invoice belongs to at most one receivable
    // that is not cancelled (api-contract.md § Receivables): the partial unique index decides races.
    await db.query(`
      CREATE TABLE receivable_invoices (
        receivable_id uuid NOT NULL REFERENCES receivables (id),
        position smallint NOT NULL,
        number text NOT NULL,
        amount numeric(18, 2) NOT NULL CHECK (amount > 0),
        issue_date date NOT NULL,
        live boolean NOT NULL DEFAULT true,
        PRIMARY KEY (receivable_id, position)
      )`);
    await db.query(
      'CREATE UNIQUE INDEX receivable_invoices_live_number_key ON receivable_invoices (number) WHERE live',
    );

    await db.query(`
      CREATE TABLE receivable_payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        receivable_id uuid NOT NULL REFERENCES receivables (id),
        amount numeric(18, 2) NOT NULL CHECK (amount > 0),
        paid_on date NOT NULL,
        reference text NOT NULL,
        recorded_by uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT receivable_payments_reference_key UNIQUE (receivable_id, reference)
      )`);

    // A bank sees every receivable that was ever put before it in a financing request.
    await db.query(`
      CREATE TABLE receivable_bank_access (
        receivable_id uuid NOT NULL REFERENCES receivables (id),
        bank_id uuid NOT NULL REFERENCES enterprises (id),
        financing_request_id uuid NOT NULL,
        granted_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (bank_id, receivable_id)
      )`);
    await db.query('CREATE INDEX receivable_bank_access_receivable_idx ON receivable_bank_access (receivable_id)');

    // Uploaded import files, in chunks: the database is the only store the API and the workers share.
    await db.query(`
      CREATE TABLE receivable_import_files (
        id uuid PRIMARY KEY,
        enterprise_id uuid NOT NULL REFERENCES enterprises (id),
        file_name text NOT NULL,
        format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
        size bigint NOT NULL DEFAULT 0,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE receivable_import_chunks (
        file_id uuid NOT NULL REFERENCES receivable_import_files (id) ON DELETE CASCADE,
        seq integer NOT NULL,
        data bytea NOT NULL,
        PRIMARY KEY (file_id, seq)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'receivable_import_chunks',
      'receivable_import_files',
      'receivable_bank_access',
      'receivable_payments',
      'receivable_invoices',
      'receivables',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}

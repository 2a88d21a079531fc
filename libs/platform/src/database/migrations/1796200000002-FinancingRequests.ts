import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pledge financing (api-contract.md § Pledge financing). Besides the receivables' own link, the
 * database holds "at most one live request per receivable" here too: a partial unique index on
 * the live links, so no race between requests can double-pledge a receivable.
 */
export class FinancingRequests1796200000002 implements MigrationInterface {
  name = 'FinancingRequests1796200000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE financing_requests (
        id uuid PRIMARY KEY,
        sme_id uuid NOT NULL REFERENCES enterprises (id),
        bank_id uuid NOT NULL REFERENCES enterprises (id),
        status text NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'DISBURSED', 'REPAID')),
        requested_amount numeric(18, 2) NOT NULL CHECK (requested_amount > 0),
        term_days integer NOT NULL CHECK (term_days > 0),
        outstanding_total numeric(18, 2) NOT NULL CHECK (outstanding_total > 0),
        financing_ratio numeric(3, 2) NOT NULL,
        approved_amount numeric(18, 2) CHECK (approved_amount > 0 AND approved_amount <= requested_amount),
        annual_rate numeric CHECK (annual_rate > 0 AND annual_rate <= 1),
        approved_term_days integer CHECK (approved_term_days > 0),
        rejection_reason text,
        loan_reference text,
        disbursed_on date,
        pledge_registration_no text CHECK (pledge_registration_no ~ '^[A-Za-z0-9]{1,40}$'),
        repaid_on date,
        jurisdictions char(6)[] NOT NULL,
        created_at timestamptz(3) NOT NULL,
        updated_at timestamptz(3) NOT NULL,
        CHECK ((status IN ('APPROVED', 'DISBURSED', 'REPAID')) <= (approved_amount IS NOT NULL)),
        CHECK ((status IN ('DISBURSED', 'REPAID')) <= (pledge_registration_no IS NOT NULL AND disbursed_on IS NOT NULL)),
        CHECK ((status = 'REPAID') <= (repaid_on IS NOT NULL))
      )`);
    await db.query('CREATE INDEX financing_requests_sme_idx ON financing_requests (sme_id, created_at DESC, id DESC)');
    await db.query(
      'CREATE INDEX financing_requests_bank_idx ON financing_requests (bank_id, created_at DESC, id DESC)',
    );
    await db.query('CREATE INDEX financing_requests_page_idx ON financing_requests (created_at DESC, id DESC)');
    await db.query('CREATE INDEX financing_requests_jurisdictions_idx ON financing_requests USING gin (jurisdictions)');

    await db.query(`
      CREATE TABLE financing_request_receivables (
        financing_request_id uuid NOT NULL REFERENCES financing_requests (id),
        receivable_id uuid NOT NULL REFERENCES receivables (id),
        bank_id uuid NOT NULL REFERENCES enterprises (id),
        debtor_id uuid NOT NULL REFERENCES enterprises (id),
        outstanding_amount numeric(18, 2) NOT NULL,
        due_date date NOT NULL,
        live boolean NOT NULL,
        PRIMARY KEY (financing_request_id, receivable_id)
      )`);
    await db.query(
      'CREATE UNIQUE INDEX financing_request_receivables_live_key ON financing_request_receivables (receivable_id) WHERE live',
    );
    await db.query(
      'CREATE INDEX financing_request_receivables_bank_idx ON financing_request_receivables (receivable_id, bank_id)',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE financing_request_receivables');
    await db.query('DROP TABLE financing_requests');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching banks and enterprises (api-contract.md § Matching banks and enterprises): key-enterprise
 * lists, banks' financing products, the year's matching target, and competing offers on a financing
 * request put before several banks. An OPEN request is live: its receivables stay locked by the
 * same partial unique index as any request's. The database holds one current offer per bank and
 * request, and at most one accepted offer per request.
 */
export class Matching1797160000000 implements MigrationInterface {
  name = 'Matching1797160000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE key_enterprise_entries (
        id uuid PRIMARY KEY,
        year integer NOT NULL CHECK (year BETWEEN 2020 AND 2100),
        enterprise_id uuid NOT NULL REFERENCES enterprises (id),
        uscc char(18) NOT NULL,
        name text NOT NULL,
        level text NOT NULL CHECK (level IN ('REGION', 'CITY', 'COUNTY')),
        city_code char(6) NOT NULL,
        county_code char(6) CHECK (county_code ~ '^45[0-9]{4}$'),
        reason text NOT NULL,
        created_by uuid,
        created_at timestamptz(3) NOT NULL,
        CHECK ((level = 'COUNTY') = (county_code IS NOT NULL)),
        CONSTRAINT key_enterprise_entries_once_key UNIQUE (enterprise_id, level, year)
      )`);
    await db.query(
      'CREATE INDEX key_enterprise_entries_page_idx ON key_enterprise_entries (year, created_at DESC, id DESC)',
    );
    await db.query(`
      CREATE TABLE key_list_import_files (
        id uuid PRIMARY KEY,
        format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
        data bytea NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE financing_products (
        id uuid PRIMARY KEY,
        bank_id uuid NOT NULL REFERENCES enterprises (id),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('RECEIVABLE_PLEDGE', 'PROCUREMENT_CONTRACT', 'ORDER', 'CREDIT', 'OTHER')),
        min_amount numeric(18, 2) NOT NULL CHECK (min_amount > 0),
        max_amount numeric(18, 2) NOT NULL,
        annual_rate_from numeric NOT NULL CHECK (annual_rate_from > 0),
        annual_rate_to numeric NOT NULL CHECK (annual_rate_to <= 1),
        max_term_days integer NOT NULL CHECK (max_term_days > 0),
        size_classes text[] NOT NULL DEFAULT '{}',
        industries text[] NOT NULL DEFAULT '{}',
        city_codes text[] NOT NULL DEFAULT '{}',
        key_list_levels text[] NOT NULL DEFAULT '{}',
        description text NOT NULL,
        status text NOT NULL CHECK (status IN ('ACTIVE', 'RETIRED')),
        created_at timestamptz(3) NOT NULL,
        updated_at timestamptz(3) NOT NULL,
        CHECK (max_amount >= min_amount),
        CHECK (annual_rate_to >= annual_rate_from)
      )`);
    await db.query('CREATE INDEX financing_products_page_idx ON financing_products (created_at DESC, id DESC)');

    await db.query(`
      CREATE TABLE matching_targets (
        year integer PRIMARY KEY CHECK (year BETWEEN 2020 AND 2100),
        enterprises integer NOT NULL CHECK (enterprises >= 0),
        updated_at timestamptz(3) NOT NULL
      )`);

    // A request before several banks has no bank until the SME accepts an offer.
    await db.query(`
      ALTER TABLE financing_requests
        ALTER COLUMN bank_id DROP NOT NULL,
        ADD COLUMN expires_at timestamptz(3),
        ADD COLUMN accepted_offer_id uuid,
        DROP CONSTRAINT financing_requests_status_check,
        ADD CONSTRAINT financing_requests_status_check CHECK (status IN
          ('OPEN', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'DISBURSED', 'REPAID', 'EXPIRED')),
        ADD CONSTRAINT financing_requests_bank_check CHECK (bank_id IS NOT NULL OR status IN ('OPEN', 'WITHDRAWN', 'EXPIRED')),
        ADD CONSTRAINT financing_requests_open_check CHECK ((status IN ('OPEN', 'EXPIRED')) <= (expires_at IS NOT NULL))`);
    await db.query('ALTER TABLE financing_request_receivables ALTER COLUMN bank_id DROP NOT NULL');
    await db.query(`CREATE INDEX financing_requests_open_idx ON financing_requests (expires_at) WHERE status = 'OPEN'`);
    await db.query(`
      CREATE TABLE financing_request_banks (
        financing_request_id uuid NOT NULL REFERENCES financing_requests (id),
        bank_id uuid NOT NULL REFERENCES enterprises (id),
        financing_ratio numeric(3, 2) NOT NULL,
        PRIMARY KEY (financing_request_id, bank_id)
      )`);
    await db.query('CREATE INDEX financing_request_banks_bank_idx ON financing_request_banks (bank_id)');

    await db.query(`
      CREATE TABLE financing_offers (
        id uuid PRIMARY KEY,
        financing_request_id uuid NOT NULL,
        bank_id uuid NOT NULL,
        amount numeric(18, 2) NOT NULL CHECK (amount > 0),
        annual_rate numeric NOT NULL CHECK (annual_rate > 0 AND annual_rate <= 1),
        term_days integer NOT NULL CHECK (term_days > 0),
        valid_until timestamptz(3) NOT NULL,
        product_id uuid REFERENCES financing_products (id),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'REPLACED', 'WITHDRAWN', 'ACCEPTED', 'DECLINED', 'EXPIRED')),
        created_at timestamptz(3) NOT NULL,
        updated_at timestamptz(3) NOT NULL,
        FOREIGN KEY (financing_request_id, bank_id) REFERENCES financing_request_banks (financing_request_id, bank_id)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX financing_offers_current_key ON financing_offers (financing_request_id, bank_id) WHERE status <> 'REPLACED'`,
    );
    await db.query(
      `CREATE UNIQUE INDEX financing_offers_accepted_key ON financing_offers (financing_request_id) WHERE status = 'ACCEPTED'`,
    );
    await db.query('CREATE INDEX financing_offers_bank_idx ON financing_offers (bank_id, created_at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE financing_offers');
    await db.query('DROP TABLE financing_request_banks');
    await db.query('DROP INDEX financing_requests_open_idx');
    await db.query(`
      ALTER TABLE financing_requests
        DROP CONSTRAINT financing_requests_open_check,
        DROP CONSTRAINT financing_requests_bank_check,
        DROP CONSTRAINT financing_requests_status_check,
        ADD CONSTRAINT financing_requests_status_check CHECK (status IN
          ('SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'DISBURSED', 'REPAID')),
        DROP COLUMN accepted_offer_id,
        DROP COLUMN expires_at,
        ALTER COLUMN bank_id SET NOT NULL`);
    await db.query('ALTER TABLE financing_request_receivables ALTER COLUMN bank_id SET NOT NULL');
    await db.query('DROP TABLE matching_targets');
    await db.query('DROP TABLE financing_products');
    await db.query('DROP TABLE key_list_import_files');
    await db.query('DROP TABLE key_enterprise_entries');
  }
}

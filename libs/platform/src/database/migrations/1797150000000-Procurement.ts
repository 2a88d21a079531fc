import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Government procurement for SMEs (api-contract.md § Government procurement for SMEs): purchasing
 * units in a tree of competent budget units, the PURCHASER role, each year's policy, projects with
 * their reservations, awards with the supplier's size class frozen at signing, acceptances that
 * became receivables, and contract financing (政采贷) of a whole award. The database holds the
 * money rules too: reservations within the budget, awards within the budget, acceptances within
 * the award, one live financing request per award.
 */
export class Procurement1797150000000 implements MigrationInterface {
  name = 'Procurement1797150000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE enterprises ADD COLUMN parent_id uuid REFERENCES enterprises (id)');
    await db.query(`
      ALTER TABLE enterprises ADD CONSTRAINT enterprises_parent_is_purchaser CHECK (
        parent_id IS NULL OR (parent_id <> id AND kind = 'BUYER' AND ownership IN ('STATE_ORGAN', 'PUBLIC_INSTITUTION')))`);
    await db.query('CREATE INDEX enterprises_parent_idx ON enterprises (parent_id) WHERE parent_id IS NOT NULL');

    await db.query('ALTER TABLE users DROP CONSTRAINT users_role_check');
    await db.query(`
      ALTER TABLE users ADD CONSTRAINT users_role_check
        CHECK (role IN ('ADMIN', 'REGULATOR', 'CORE_ENTERPRISE', 'SME', 'BANK', 'PURCHASER'))`);

    // One row per year once set or exported; locked once a compliance figure of the year was
    // exported, after which the database refuses any change to its terms.
    await db.query(`
      CREATE TABLE procurement_policies (
        id uuid PRIMARY KEY,
        year integer NOT NULL CHECK (year BETWEEN 2020 AND 2100),
        reserved_share_min numeric(5, 4) NOT NULL CHECK (reserved_share_min BETWEEN 0 AND 1),
        small_micro_share_min numeric(5, 4) NOT NULL CHECK (small_micro_share_min BETWEEN 0 AND 1),
        goods_services_threshold numeric(18, 2) NOT NULL CHECK (goods_services_threshold > 0),
        works_threshold numeric(18, 2) NOT NULL CHECK (works_threshold > 0),
        payment_days integer NOT NULL CHECK (payment_days BETWEEN 1 AND 60),
        locked_at timestamptz(3),
        created_at timestamptz(3) NOT NULL,
        updated_at timestamptz(3) NOT NULL,
        updated_by_name text NOT NULL,
        CONSTRAINT procurement_policies_year_key UNIQUE (year)
      )`);
    await db.query(`
      CREATE FUNCTION procurement_policies_locked() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR OLD.locked_at IS NOT NULL AND (
             NEW.reserved_share_min <> OLD.reserved_share_min OR NEW.small_micro_share_min <> OLD.small_micro_share_min
             OR NEW.goods_services_threshold <> OLD.goods_services_threshold OR NEW.works_threshold <> OLD.works_threshold
             OR NEW.payment_days <> OLD.payment_days OR NEW.year <> OLD.year
             OR NEW.locked_at IS DISTINCT FROM OLD.locked_at) THEN
          RAISE EXCEPTION 'the % procurement policy is locked by an export and cannot change', OLD.year
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER procurement_policies_immutable_once_exported BEFORE UPDATE OR DELETE ON procurement_policies
      FOR EACH ROW EXECUTE FUNCTION procurement_policies_locked()`);

    await db.query(`
      CREATE TABLE procurement_projects (
        id uuid PRIMARY KEY,
        year integer NOT NULL CHECK (year BETWEEN 2020 AND 2100),
        unit_id uuid NOT NULL REFERENCES enterprises (id),
        unit_city_code char(6) NOT NULL,
        name text NOT NULL,
        category text NOT NULL CHECK (category IN ('GOODS', 'SERVICES', 'WORKS')),
        budget_amount numeric(18, 2) NOT NULL CHECK (budget_amount > 0),
        reservation text NOT NULL CHECK (reservation IN ('WHOLE', 'PACKAGE', 'CONSORTIUM', 'SUBCONTRACT', 'NONE')),
        reserved_amount numeric(18, 2) NOT NULL CHECK (reserved_amount >= 0 AND reserved_amount <= budget_amount),
        small_micro_reserved_amount numeric(18, 2) NOT NULL
          CHECK (small_micro_reserved_amount >= 0 AND small_micro_reserved_amount <= reserved_amount),
        reason text,
        awarded_amount numeric(18, 2) NOT NULL DEFAULT 0 CHECK (awarded_amount >= 0 AND awarded_amount <= budget_amount),
        created_by uuid,
        created_at timestamptz(3) NOT NULL,
        updated_at timestamptz(3) NOT NULL,
        CHECK ((reservation = 'WHOLE') <= (reserved_amount = budget_amount)),
        CHECK ((reservation = 'NONE') <= (reserved_amount = 0 AND reason IS NOT NULL)),
        CHECK ((reservation IN ('PACKAGE', 'CONSORTIUM', 'SUBCONTRACT')) <= (reserved_amount > 0))
      )`);
    await db.query('CREATE INDEX procurement_projects_year_unit_idx ON procurement_projects (year, unit_id)');
    await db.query('CREATE INDEX procurement_projects_page_idx ON procurement_projects (created_at DESC, id DESC)');

    await db.query(`
      CREATE TABLE procurement_awards (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES procurement_projects (id),
        unit_id uuid NOT NULL REFERENCES enterprises (id),
        unit_city_code char(6) NOT NULL,
        supplier_id uuid NOT NULL REFERENCES enterprises (id),
        supplier_size_class text NOT NULL CHECK (supplier_size_class IN ('LARGE', 'MEDIUM', 'SMALL', 'MICRO')),
        contract_no text NOT NULL,
        amount numeric(18, 2) NOT NULL CHECK (amount > 0),
        signed_on date NOT NULL,
        sme_share_amount numeric(18, 2) NOT NULL DEFAULT 0,
        small_micro_share_amount numeric(18, 2) NOT NULL DEFAULT 0,
        accepted_amount numeric(18, 2) NOT NULL DEFAULT 0 CHECK (accepted_amount >= 0 AND accepted_amount <= amount),
        financing_request_id uuid,
        financing_bank_id uuid REFERENCES enterprises (id),
        pledge jsonb,
        created_by uuid,
        created_at timestamptz(3) NOT NULL,
        updated_at timestamptz(3) NOT NULL,
        CHECK (supplier_id <> unit_id),
        CHECK (0 <= small_micro_share_amount AND small_micro_share_amount <= sme_share_amount AND sme_share_amount <= amount),
        CHECK (supplier_size_class = 'LARGE' OR (sme_share_amount = 0 AND small_micro_share_amount = 0)),
        CHECK ((financing_request_id IS NULL) = (financing_bank_id IS NULL)),
        CHECK (financing_request_id IS NOT NULL OR pledge IS NULL),
        CONSTRAINT procurement_awards_contract_key UNIQUE (unit_id, contract_no)
      )`);
    await db.query('CREATE INDEX procurement_awards_project_idx ON procurement_awards (project_id, created_at)');
    await db.query(
      'CREATE INDEX procurement_awards_supplier_idx ON procurement_awards (supplier_id, created_at DESC, id DESC)',
    );
    await db.query('CREATE INDEX procurement_awards_page_idx ON procurement_awards (created_at DESC, id DESC)');

    await db.query(`
      CREATE TABLE procurement_acceptances (
        id uuid PRIMARY KEY,
        award_id uuid NOT NULL REFERENCES procurement_awards (id),
        receivable_id uuid NOT NULL REFERENCES receivables (id),
        accepted_on date NOT NULL,
        amount numeric(18, 2) NOT NULL CHECK (amount > 0),
        created_by uuid,
        created_at timestamptz(3) NOT NULL,
        CONSTRAINT procurement_acceptances_receivable_key UNIQUE (receivable_id)
      )`);
    await db.query('CREATE INDEX procurement_acceptances_award_idx ON procurement_acceptances (award_id, accepted_on)');

    // A request finances either receivables or one award (政采贷); at most one live request per award.
    await db.query('ALTER TABLE financing_requests ADD COLUMN award_id uuid REFERENCES procurement_awards (id)');
    await db.query(`
      CREATE UNIQUE INDEX financing_requests_live_award_key ON financing_requests (award_id)
        WHERE award_id IS NOT NULL AND status IN ('SUBMITTED', 'APPROVED', 'DISBURSED')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX financing_requests_live_award_key');
    await db.query('ALTER TABLE financing_requests DROP COLUMN award_id');
    for (const table of ['procurement_acceptances', 'procurement_awards', 'procurement_projects']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query('DROP TABLE procurement_policies');
    await db.query('DROP FUNCTION procurement_policies_locked');
    await db.query('ALTER TABLE users DROP CONSTRAINT users_role_check');
    await db.query(`
      ALTER TABLE users ADD CONSTRAINT users_role_check
        CHECK (role IN ('ADMIN', 'REGULATOR', 'CORE_ENTERPRISE', 'SME', 'BANK'))`);
    await db.query('ALTER TABLE enterprises DROP COLUMN parent_id');
  }
}

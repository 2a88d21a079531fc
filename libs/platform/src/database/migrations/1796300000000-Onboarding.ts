import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Onboarding1796300000000 implements MigrationInterface {
  name = 'Onboarding1796300000000';

  async up(db: QueryRunner): Promise<void> {
    // A core enterprise's application to be its city's connected core enterprise of a year. The
    // enterprise's name, credit code and city are kept as they were when it applied.
    await db.query(`
      CREATE TABLE onboarding_applications (
        id uuid PRIMARY KEY,
        enterprise_id uuid NOT NULL REFERENCES enterprises (id),
        enterprise_name text NOT NULL,
        enterprise_uscc char(18) NOT NULL,
        city_code char(6) NOT NULL REFERENCES cities (code),
        year integer NOT NULL CHECK (year BETWEEN 2020 AND 2100),
        status text NOT NULL
          CHECK (status IN ('SUBMITTED', 'NOMINATED', 'APPROVED', 'CONNECTED', 'REJECTED', 'WITHDRAWN')),
        contact_name text NOT NULL,
        contact_phone text NOT NULL,
        note text,
        rejection_reason text,
        platform_account_id text,
        connected_on date,
        created_at timestamptz(3) NOT NULL,
        updated_at timestamptz(3) NOT NULL,
        nominated_at timestamptz(3),
        approved_at timestamptz(3),
        rejected_at timestamptz(3),
        withdrawn_at timestamptz(3),
        connected_at timestamptz(3),
        CHECK ((status = 'CONNECTED') = (platform_account_id IS NOT NULL AND connected_on IS NOT NULL)),
        CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL))
      )`);
    // One live application per enterprise and year; an enterprise is connected to the platform once;
    // a platform account belongs to one enterprise.
    await db.query(`
      CREATE UNIQUE INDEX onboarding_applications_live_key ON onboarding_applications (enterprise_id, year)
        WHERE status IN ('SUBMITTED', 'NOMINATED', 'APPROVED', 'CONNECTED')`);
    await db.query(`
      CREATE UNIQUE INDEX onboarding_applications_connected_key ON onboarding_applications (enterprise_id)
        WHERE status = 'CONNECTED'`);
    await db.query(`
      CREATE UNIQUE INDEX onboarding_applications_platform_account_key ON onboarding_applications (platform_account_id)
        WHERE platform_account_id IS NOT NULL`);
    await db.query(
      'CREATE INDEX onboarding_applications_year_city_idx ON onboarding_applications (year, city_code, status)',
    );
    await db.query(
      'CREATE INDEX onboarding_applications_page_idx ON onboarding_applications (created_at DESC, id DESC)',
    );

    // One row per city and year, locked (SELECT ... FOR UPDATE) by every nomination of that city and
    // year, so that simultaneous nominations count the places taken one after the other.
    await db.query(`
      CREATE TABLE onboarding_city_years (
        city_code char(6) NOT NULL REFERENCES cities (code),
        year integer NOT NULL,
        PRIMARY KEY (city_code, year)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE onboarding_city_years');
    await db.query('DROP TABLE onboarding_applications');
  }
}

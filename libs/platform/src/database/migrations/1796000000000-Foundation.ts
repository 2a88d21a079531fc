import type { MigrationInterface, QueryRunner } from 'typeorm';

// GB/T 2260 codes of Guangxi's 14 prefecture-level cities (domain.md § Reference data).
const CITIES: [string, string, string][] = [
  ['450100', '南宁市', 'Nanning'],
  ['450200', '柳州市', 'Liuzhou'],
  ['450300', '桂林市', 'Guilin'],
  ['450400', '梧州市', 'Wuzhou'],
  ['450500', '北海市', 'Beihai'],
  ['450600', '防城港市', 'Fangchenggang'],
  ['450700', '钦州市', 'Qinzhou'],
  ['450800', '贵港市', 'Guigang'],
  ['450900', '玉林市', 'Yulin'],
  ['451000', '百色市', 'Baise'],
  ['451100', '贺州市', 'Hezhou'],
  ['451200', '河池市', 'Hechi'],
  ['451300', '来宾市', 'Laibin'],
  ['451400', '崇左市', 'Chongzuo'],
];

export class Foundation1796000000000 implements MigrationInterface {
  name = 'Foundation1796000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE cities (
        code char(6) PRIMARY KEY,
        name text NOT NULL,
        name_en text NOT NULL
      )`);
    for (const [code, name, nameEn] of CITIES) {
      await db.query('INSERT INTO cities (code, name, name_en) VALUES ($1, $2, $3)', [code, name, nameEn]);
    }

    await db.query(`
      CREATE TABLE enterprises (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        uscc char(18) NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CORE', 'SME', 'BANK', 'BUYER')),
        city_code char(6) NOT NULL REFERENCES cities (code),
        industry text NOT NULL,
        employees integer NOT NULL CHECK (employees >= 0),
        annual_revenue numeric(18, 2) NOT NULL CHECK (annual_revenue >= 0),
        total_assets numeric(18, 2) CHECK (total_assets >= 0),
        ownership text,
        size_class text NOT NULL CHECK (size_class IN ('LARGE', 'MEDIUM', 'SMALL', 'MICRO')),
        financing_ratio numeric(3, 2) CHECK (financing_ratio BETWEEN 0.50 AND 0.90),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT enterprises_uscc_key UNIQUE (uscc)
      )`);
    await db.query('CREATE INDEX enterprises_kind_city_idx ON enterprises (kind, city_code)');
    await db.query('CREATE INDEX enterprises_page_idx ON enterprises (created_at DESC, id DESC)');

    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN', 'REGULATOR', 'CORE_ENTERPRISE', 'SME', 'BANK')),
        enterprise_id uuid REFERENCES enterprises (id),
        jurisdiction char(6),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK ((role IN ('ADMIN', 'REGULATOR')) = (enterprise_id IS NULL)),
        CHECK ((role = 'REGULATOR') = (jurisdiction IS NOT NULL))
      )`);
    await db.query('CREATE UNIQUE INDEX users_username_key ON users (lower(username))');
    await db.query('CREATE INDEX users_enterprise_idx ON users (enterprise_id)');
    await db.query('CREATE INDEX users_jurisdiction_idx ON users (jurisdiction) WHERE jurisdiction IS NOT NULL');

    await db.query(`
      CREATE TABLE api_clients (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id text NOT NULL UNIQUE,
        secret_hash text NOT NULL,
        name text NOT NULL,
        enterprise_id uuid NOT NULL REFERENCES enterprises (id),
        scopes text[] NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        revoked_at timestamptz(3)
      )`);
    await db.query('CREATE INDEX api_clients_enterprise_idx ON api_clients (enterprise_id)');

    await db.query(`
      CREATE TABLE settings (
        key text PRIMARY KEY,
        value text NOT NULL
      )`);

    // Append-only, hash-chained per entity (see AuditService for why per entity).
    await db.query(`
      CREATE TABLE audit_events (
        id uuid PRIMARY KEY,
        seq bigserial NOT NULL UNIQUE,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        entity_seq integer NOT NULL,
        action text NOT NULL,
        actor_type text NOT NULL,
        actor_id uuid,
        actor_name text NOT NULL,
        jurisdictions char(6)[] NOT NULL DEFAULT '{}',
        before jsonb,
        after jsonb,
        occurred_at timestamptz(3) NOT NULL,
        prev_hash char(64),
        hash char(64) NOT NULL,
        CONSTRAINT audit_events_chain_key UNIQUE (entity_id, entity_seq)
      )`);
    await db.query('CREATE INDEX audit_events_jurisdictions_idx ON audit_events USING gin (jurisdictions)');
    await db.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await db.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);

    await db.query(`
      CREATE TABLE outbox_events (
        id uuid PRIMARY KEY,
        type text NOT NULL,
        aggregate_type text NOT NULL,
        aggregate_id uuid NOT NULL,
        payload jsonb NOT NULL,
        occurred_at timestamptz(3) NOT NULL DEFAULT now(),
        dispatched_at timestamptz(3),
        dispatch_count integer NOT NULL DEFAULT 0,
        completed_at timestamptz(3)
      )`);
    await db.query('CREATE INDEX outbox_events_pending_idx ON outbox_events (occurred_at) WHERE completed_at IS NULL');
    await db.query(`
      CREATE TABLE processed_events (
        handler text NOT NULL,
        event_id uuid NOT NULL,
        processed_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, handler)
      )`);

    await db.query(`
      CREATE TABLE jobs (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        status text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        owner_user_id uuid REFERENCES users (id),
        owner_enterprise_id uuid REFERENCES enterprises (id),
        input jsonb NOT NULL DEFAULT '{}',
        total integer NOT NULL DEFAULT 0,
        succeeded integer NOT NULL DEFAULT 0,
        failed integer NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]',
        result jsonb,
        attempts integer NOT NULL DEFAULT 0,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        started_at timestamptz(3),
        heartbeat_at timestamptz(3),
        finished_at timestamptz(3)
      )`);
    await db.query(`CREATE INDEX jobs_unfinished_idx ON jobs (created_at) WHERE status IN ('QUEUED', 'RUNNING')`);

    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        entity_type text,
        entity_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        read_at timestamptz(3)
      )`);
    await db.query('CREATE INDEX notifications_inbox_idx ON notifications (user_id, created_at DESC, id DESC)');
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'jobs', 'processed_events', 'outbox_events']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query('DROP TABLE audit_events');
    await db.query('DROP FUNCTION audit_events_append_only');
    for (const table of ['settings', 'api_clients', 'users', 'enterprises', 'cities']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}

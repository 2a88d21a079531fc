import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Rewards1796310000000 implements MigrationInterface {
  name = 'Rewards1796310000000';

  async up(db: QueryRunner): Promise<void> {
    // Each year's reward policy, in versions. A version used by an evaluation is locked: the database
    // refuses to change its terms, and a new version is written instead.
    await db.query(`
      CREATE TABLE reward_policies (
        id uuid PRIMARY KEY,
        year integer NOT NULL CHECK (year BETWEEN 2020 AND 2100),
        version integer NOT NULL CHECK (version >= 1),
        criteria jsonb NOT NULL,
        reward jsonb NOT NULL,
        created_at timestamptz(3) NOT NULL,
        updated_at timestamptz(3) NOT NULL,
        updated_by_id uuid,
        updated_by_name text NOT NULL,
        locked_at timestamptz(3),
        CONSTRAINT reward_policies_year_version_key UNIQUE (year, version)
      )`);
    await db.query(`
      CREATE FUNCTION reward_policies_locked() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR OLD.locked_at IS NOT NULL AND (
             NEW.criteria IS DISTINCT FROM OLD.criteria OR NEW.reward IS DISTINCT FROM OLD.reward
             OR NEW.year <> OLD.year OR NEW.version <> OLD.version OR NEW.locked_at IS DISTINCT FROM OLD.locked_at) THEN
          RAISE EXCEPTION 'reward policy % is used by an evaluation and cannot change', OLD.id
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER reward_policies_immutable_once_used BEFORE UPDATE OR DELETE ON reward_policies
      FOR EACH ROW EXECUTE FUNCTION reward_policies_locked()`);

    await db.query(`
      CREATE TABLE reward_evaluations (
        id uuid PRIMARY KEY,
        year integer NOT NULL CHECK (year BETWEEN 2020 AND 2100),
        status text NOT NULL CHECK (status IN ('QUEUED', 'DONE', 'FAILED')),
        policy_id uuid NOT NULL REFERENCES reward_policies (id),
        policy_version integer NOT NULL,
        as_of date,
        requested_by_id uuid,
        requested_by_name text NOT NULL,
        created_at timestamptz(3) NOT NULL,
        finished_at timestamptz(3),
        failure text,
        enterprise_count integer,
        eligible_count integer,
        total_reward numeric(18, 2),
        CHECK ((status IN ('DONE', 'FAILED')) = (finished_at IS NOT NULL)),
        CHECK ((status = 'DONE') = (as_of IS NOT NULL AND total_reward IS NOT NULL))
      )`);
    // One evaluation of a year waiting at a time.
    await db.query(`
      CREATE UNIQUE INDEX reward_evaluations_queued_key ON reward_evaluations (year) WHERE status = 'QUEUED'`);
    await db.query('CREATE INDEX reward_evaluations_page_idx ON reward_evaluations (created_at DESC, id DESC)');

    await db.query(`
      CREATE TABLE reward_evaluation_results (
        evaluation_id uuid NOT NULL REFERENCES reward_evaluations (id),
        enterprise_id uuid NOT NULL REFERENCES enterprises (id),
        enterprise_name text NOT NULL,
        enterprise_uscc char(18) NOT NULL,
        city_code char(6) NOT NULL,
        application_id uuid NOT NULL,
        platform_account_id text NOT NULL,
        connected_on date NOT NULL,
        eligible boolean NOT NULL,
        reward_amount numeric(18, 2) NOT NULL CHECK (reward_amount >= 0),
        reward_explanation text NOT NULL,
        criteria jsonb NOT NULL,
        missing jsonb NOT NULL,
        PRIMARY KEY (evaluation_id, enterprise_id)
      )`);
    await db.query(
      'CREATE INDEX reward_evaluation_results_enterprise_idx ON reward_evaluation_results (enterprise_id)',
    );

    // A finished evaluation and its results are a record: never changed, never removed.
    await db.query(`
      CREATE FUNCTION reward_evaluations_finished() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR OLD.status IN ('DONE', 'FAILED') THEN
          RAISE EXCEPTION 'reward evaluation % is finished and cannot change', OLD.id
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER reward_evaluations_immutable_once_finished BEFORE UPDATE OR DELETE ON reward_evaluations
      FOR EACH ROW EXECUTE FUNCTION reward_evaluations_finished()`);
    await db.query(`
      CREATE FUNCTION reward_evaluation_results_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' OR (SELECT status FROM reward_evaluations WHERE id = NEW.evaluation_id) IN ('DONE', 'FAILED') THEN
          RAISE EXCEPTION 'reward evaluation results are written once, before the evaluation finishes'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER reward_evaluation_results_write_once BEFORE INSERT OR UPDATE OR DELETE ON reward_evaluation_results
      FOR EACH ROW EXECUTE FUNCTION reward_evaluation_results_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE reward_evaluation_results');
    await db.query('DROP FUNCTION reward_evaluation_results_append_only');
    await db.query('DROP TABLE reward_evaluations');
    await db.query('DROP FUNCTION reward_evaluations_finished');
    await db.query('DROP TABLE reward_policies');
    await db.query('DROP FUNCTION reward_policies_locked');
  }
}

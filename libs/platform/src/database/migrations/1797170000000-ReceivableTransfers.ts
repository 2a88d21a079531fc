import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Transfer and split of confirmed receivables (api-contract.md § Transfer and split). A piece is a
 * receivable row of its own: its creditor is its holder, with its parent, its root (null on a root)
 * and its tier (the root is 1); the holders of its ancestors are kept on it, root's creditor first
 * (a piece's holder never changes, so neither does that list), for "a holder sees its descendants".
 *
 * The database itself holds the one obligation of a tree, whatever races or code paths run above it:
 *  - on every row, paid + transferred ≤ confirmed: no piece ever has negative outstanding;
 *  - on every split tree a transaction touches, at its commit: the pieces' outstanding sums to what
 *    the root's confirmation left unpaid (its confirmed amount less every payment in the tree), and
 *    each piece continues its parent (same tree, debtor and due date, the next tier, its holders).
 * The tree check is a deferred constraint trigger because a transfer is two statements (the
 * parent's transferred amount grows, the piece is inserted): in between, the tree is unbalanced.
 */
export class ReceivableTransfers1797170000000 implements MigrationInterface {
  name = 'ReceivableTransfers1797170000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE receivables
        ADD COLUMN parent_id uuid REFERENCES receivables (id),
        -- No foreign key: the tree check below holds it (a piece's root is its parent's). A key would
        -- have every transfer in a tree take a share lock on the root, which a financing request
        -- locking the root and a piece of the same holder (in id order) could deadlock with.
        ADD COLUMN root_id uuid,
        ADD COLUMN tier smallint NOT NULL DEFAULT 1,
        ADD COLUMN transferred_amount numeric(18, 2) NOT NULL DEFAULT 0,
        ADD COLUMN upstream_holder_ids uuid[] NOT NULL DEFAULT '{}'`);
    // The statuses and the confirmation check of 1796100000000, with TRANSFERRED. The latter was
    // created unnamed: it is found by what it says.
    await db.query('ALTER TABLE receivables DROP CONSTRAINT receivables_status_check');
    await db.query(`
      DO $$
      DECLARE name text;
      BEGIN
        SELECT conname INTO STRICT name FROM pg_constraint
         WHERE conrelid = 'receivables'::regclass AND contype = 'c'
           AND pg_get_constraintdef(oid) LIKE '%= (confirmed_amount IS NOT NULL)%';
        EXECUTE format('ALTER TABLE receivables DROP CONSTRAINT %I', name);
      END $$`);
    await db.query(`
      ALTER TABLE receivables
        ADD CONSTRAINT receivables_status_check CHECK (status IN
          ('PENDING_CONFIRMATION', 'CONFIRMED', 'DISPUTED', 'CANCELLED', 'SETTLED', 'TRANSFERRED')),
        ADD CONSTRAINT receivables_confirmed_status_check
          CHECK ((status IN ('CONFIRMED', 'SETTLED', 'TRANSFERRED')) = (confirmed_amount IS NOT NULL)),
        ADD CONSTRAINT receivables_transferred_amount_check CHECK (transferred_amount >= 0),
        ADD CONSTRAINT receivables_outstanding_check
          CHECK (paid_amount + transferred_amount <= coalesce(confirmed_amount, 0)),
        ADD CONSTRAINT receivables_transferred_status_check
          CHECK ((status = 'TRANSFERRED') <= (transferred_amount > 0 AND paid_amount + transferred_amount = confirmed_amount)),
        ADD CONSTRAINT receivables_piece_check CHECK (
          tier >= 1
          AND (parent_id IS NULL) = (tier = 1)
          AND (root_id IS NULL) = (tier = 1)
          AND cardinality(upstream_holder_ids) = tier - 1
          -- A piece is born confirmed, for all of its amount: its root's confirmation stands behind it.
          AND (tier = 1 OR (status IN ('CONFIRMED', 'SETTLED', 'TRANSFERRED') AND confirmed_amount = amount)))`);
    await db.query('CREATE INDEX receivables_root_idx ON receivables (root_id) WHERE root_id IS NOT NULL');
    await db.query(
      'CREATE INDEX receivables_upstream_holders_idx ON receivables USING gin (upstream_holder_ids) WHERE tier > 1',
    );

    await db.query(`
      CREATE FUNCTION receivable_tree_check() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        tree uuid := coalesce(NEW.root_id, NEW.id);
        parent receivables%ROWTYPE;
        root_confirmed numeric;
        outstanding numeric;
        paid numeric;
      BEGIN
        IF NEW.parent_id IS NOT NULL THEN
          SELECT * INTO parent FROM receivables WHERE id = NEW.parent_id;
          IF coalesce(parent.root_id, parent.id) <> tree OR NEW.tier <> parent.tier + 1
             OR NEW.debtor_id <> parent.debtor_id OR NEW.due_date <> parent.due_date
             OR NEW.upstream_holder_ids <> parent.upstream_holder_ids || parent.creditor_id THEN
            RAISE EXCEPTION 'Piece % does not continue its parent %', NEW.id, NEW.parent_id
              USING ERRCODE = 'check_violation', CONSTRAINT = 'receivables_tree_conserved';
          END IF;
        END IF;
        SELECT max(confirmed_amount) FILTER (WHERE id = tree),
               sum(confirmed_amount - paid_amount - transferred_amount),
               sum(paid_amount)
          INTO root_confirmed, outstanding, paid
          FROM receivables WHERE id = tree OR root_id = tree;
        IF root_confirmed IS NULL OR outstanding <> root_confirmed - paid THEN
          RAISE EXCEPTION 'The pieces of receivable % owe % outstanding, but its confirmation left % unpaid',
            tree, outstanding, root_confirmed - paid
            USING ERRCODE = 'check_violation', CONSTRAINT = 'receivables_tree_conserved';
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER receivables_tree_conserved
        AFTER INSERT OR UPDATE ON receivables DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
        WHEN (NEW.parent_id IS NOT NULL OR NEW.transferred_amount > 0)
        EXECUTE FUNCTION receivable_tree_check()`);

    // The record of each transfer: who passed how much of which receivable to whom, as which piece.
    await db.query(`
      CREATE TABLE receivable_transfers (
        id uuid PRIMARY KEY,
        receivable_id uuid NOT NULL REFERENCES receivables (id),
        piece_id uuid NOT NULL UNIQUE REFERENCES receivables (id),
        from_enterprise_id uuid NOT NULL REFERENCES enterprises (id),
        to_enterprise_id uuid NOT NULL REFERENCES enterprises (id),
        amount numeric(18, 2) NOT NULL CHECK (amount > 0),
        reference text NOT NULL,
        transferred_on date NOT NULL,
        created_by uuid,
        created_at timestamptz(3) NOT NULL,
        CHECK (from_enterprise_id <> to_enterprise_id)
      )`);
    await db.query('CREATE INDEX receivable_transfers_receivable_idx ON receivable_transfers (receivable_id)');

    // The region's transfer policy: one row once a regulator sets it; the default until then.
    await db.query(`
      CREATE TABLE transfer_policy (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        max_tier smallint NOT NULL CHECK (max_tier BETWEEN 1 AND 99),
        updated_at timestamptz(3) NOT NULL,
        updated_by_id uuid,
        updated_by_name text NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE transfer_policy');
    await db.query('DROP TABLE receivable_transfers');
    await db.query('DROP TRIGGER receivables_tree_conserved ON receivables');
    await db.query('DROP FUNCTION receivable_tree_check()');
    await db.query(`
      ALTER TABLE receivables
        DROP CONSTRAINT receivables_piece_check,
        DROP CONSTRAINT receivables_transferred_status_check,
        DROP CONSTRAINT receivables_outstanding_check,
        DROP CONSTRAINT receivables_transferred_amount_check,
        DROP CONSTRAINT receivables_confirmed_status_check,
        DROP CONSTRAINT receivables_status_check,
        DROP COLUMN upstream_holder_ids,
        DROP COLUMN transferred_amount,
        DROP COLUMN tier,
        DROP COLUMN root_id,
        DROP COLUMN parent_id`);
    await db.query(`
      ALTER TABLE receivables
        ADD CONSTRAINT receivables_status_check
          CHECK (status IN ('PENDING_CONFIRMATION', 'CONFIRMED', 'DISPUTED', 'CANCELLED', 'SETTLED')),
        ADD CONSTRAINT receivables_check4 CHECK ((status IN ('CONFIRMED', 'SETTLED')) = (confirmed_amount IS NOT NULL))`);
  }
}

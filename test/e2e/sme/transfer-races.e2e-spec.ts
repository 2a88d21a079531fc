import { DataSource } from 'typeorm';
import {
  adminToken,
  bankFields,
  coreFields,
  enterpriseWithUser,
  smeFields,
  type EnterpriseUser,
} from '../../factories/enterprises';
import { requestFinancing } from '../../factories/financing';
import { confirmedReceivable, pay } from '../../factories/receivables';
import { transfer, transferred, tree, type TreeItem } from '../../factories/transfers';
import { startApi, type TestApi } from '../../support/api';

interface PieceRow {
  id: string;
  parent_id: string | null;
  status: string;
  confirmed_amount: string;
  paid_amount: string;
  transferred_amount: string;
  financing_request_id: string | null;
}

const fen = (money: string) => BigInt(money.replace('.', ''));

/**
 * One obligation per tree, whatever races (issue 17): truly concurrent transfers and financing
 * requests over HTTP on one tree, on whichever database the run uses; and the database itself
 * refusing what would break the tree's sum, whoever writes it.
 */
describe('the obligation of a split receivable under races', () => {
  let api: TestApi;
  let db: DataSource;
  let core: EnterpriseUser;
  let holders: EnterpriseUser[];
  let bank: EnterpriseUser;

  const confirmed = async (holder: EnterpriseUser, amount: string) =>
    (
      (await confirmedReceivable(
        api.http,
        holder.token,
        { token: core.token, uscc: core.enterprise.uscc },
        { amount },
      )) as {
        id: string;
      }
    ).id;
  const finance = (holder: EnterpriseUser, id: string) =>
    requestFinancing(api.http, holder.token, bank.enterprise.id, [id], { requestedAmount: '100.00', termDays: 10 });

  const rowsOf = (rootId: string): Promise<PieceRow[]> =>
    db.query(
      `SELECT id, parent_id, status, confirmed_amount, paid_amount, transferred_amount, financing_request_id
         FROM receivables WHERE id = $1 OR root_id = $1`,
      [rootId],
    );

  /** The tree as stored: outstanding sums to the root's confirmation less payments, nothing negative, every parent's transfers arrived. */
  async function expectConserved(rootId: string) {
    const rows = await rowsOf(rootId);
    const root = rows.find((r) => r.id === rootId)!;
    const outstanding = rows.map((r) => fen(r.confirmed_amount) - fen(r.paid_amount) - fen(r.transferred_amount));
    expect(outstanding.every((o) => o >= 0n)).toBe(true);
    const paid = rows.reduce((sum, r) => sum + fen(r.paid_amount), 0n);
    expect(outstanding.reduce((sum, o) => sum + o, 0n)).toBe(fen(root.confirmed_amount) - paid);
    for (const parent of rows) {
      const children = rows.filter((r) => r.parent_id === parent.id);
      expect(children.reduce((sum, c) => sum + fen(c.confirmed_amount), 0n)).toBe(fen(parent.transferred_amount));
    }
    // What the debtor reads agrees with the rows.
    const seen = await tree(api.http, core.token, rootId);
    const items = seen.body.items as TreeItem[];
    expect(items).toHaveLength(rows.length);
    expect(fen(seen.body.outstandingAmount)).toBe(fen(root.confirmed_amount) - paid);
    return rows;
  }

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    const admin = await adminToken(api.http);
    core = await enterpriseWithUser(api.http, admin, coreFields('450200'));
    holders = await Promise.all(Array.from({ length: 4 }, () => enterpriseWithUser(api.http, admin, smeFields())));
    bank = await enterpriseWithUser(api.http, admin, bankFields('450100'));
  });
  afterAll(() => api.close());

  it('keeps the sum under 50 racing transfers and financing requests on one tree', async () => {
    const [a, b, c, d] = holders;
    const rootId = await confirmed(a, '100000.00');
    await pay(api.http, core.token, rootId, '5000.00');
    const p1 = (await transferred(api.http, a.token, rootId, b.enterprise.uscc, '40000.00')).id;
    const p2 = (await transferred(api.http, a.token, rootId, c.enterprise.uscc, '20000.00')).id;
    // The root holds 35000.00, p1 40000.00, p2 20000.00: every group below asks for more than there is.
    const requests = [
      ...Array.from(
        { length: 14 },
        (_, i) => () => transfer(api.http, a.token, rootId, [b, c, d][i % 3].enterprise.uscc, '3000.00'),
      ),
      ...Array.from(
        { length: 12 },
        (_, i) => () => transfer(api.http, b.token, p1, [c, d][i % 2].enterprise.uscc, '5000.00'),
      ),
      ...Array.from({ length: 8 }, () => () => transfer(api.http, c.token, p2, d.enterprise.uscc, '20000.00')),
      ...Array.from({ length: 6 }, () => () => finance(a, rootId)),
      ...Array.from({ length: 5 }, () => () => finance(b, p1)),
      ...Array.from({ length: 5 }, () => () => finance(c, p2)),
    ];
    expect(requests).toHaveLength(50);
    const responses = await Promise.all(requests.map((send) => send()));

    const outcomes = responses.map((r) => `${r.status} ${r.status === 201 ? '' : r.body.code}`.trim());
    const allowed = new Set([
      '201',
      '409 INVALID_STATE',
      '409 RECEIVABLE_ALREADY_PLEDGED',
      '422 AMOUNT_EXCEEDS_OUTSTANDING',
      '422 RECEIVABLE_NOT_FINANCEABLE',
    ]);
    expect(outcomes.filter((o) => !allowed.has(o))).toEqual([]);

    const rows = await expectConserved(rootId);
    // Each piece backs at most one live request, and a piece in one was not passed on meanwhile.
    for (const row of rows) {
      const live: { n: string }[] = await db.query(
        'SELECT count(*) AS n FROM financing_request_receivables WHERE receivable_id = $1 AND live',
        [row.id],
      );
      expect(Number(live[0].n)).toBe(row.financing_request_id ? 1 : 0);
    }
    // Of the 8 transfers of all of p2, at most one went through.
    const p2Transfers = responses.slice(26, 34).filter((r) => r.status === 201);
    expect(p2Transfers.length).toBeLessThanOrEqual(1);
    const created = responses.filter((r) => r.status === 201 && r.body.piece).map((r) => r.body.piece.id);
    expect(rows.length).toBe(3 + created.length);
  });

  it('lets one of two transfers of the same money through', async () => {
    const [a, b, c] = holders;
    const rootId = await confirmed(a, '9000.00');
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        transfer(api.http, a.token, rootId, [b, c][i % 2].enterprise.uscc, '9000.00'),
      ),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(new Set(responses.filter((r) => r.status !== 201).map((r) => `${r.status} ${r.body.code}`))).toEqual(
      new Set(['409 INVALID_STATE']),
    );
    const rows = await expectConserved(rootId);
    expect(rows.map((r) => r.status).sort()).toEqual(['CONFIRMED', 'TRANSFERRED']);
  });

  it('lets either the transfer or the financing request through when they race for the same piece', async () => {
    const [a, b, c] = holders;
    const rootId = await confirmed(a, '50000.00');
    const pieces = await Promise.all(
      Array.from(
        { length: 10 },
        async () => (await transferred(api.http, a.token, rootId, b.enterprise.uscc, '1000.00')).id,
      ),
    );
    const pairs = await Promise.all(
      pieces.map((id) => Promise.all([transfer(api.http, b.token, id, c.enterprise.uscc, '1000.00'), finance(b, id)])),
    );
    for (const [moved, financed] of pairs) {
      expect([moved.status, financed.status].filter((s) => s === 201)).toHaveLength(1);
      if (moved.status !== 201) expect(moved.body.code).toBe('RECEIVABLE_ALREADY_PLEDGED');
      if (financed.status !== 201) expect(financed.body.code).toBe('RECEIVABLE_NOT_FINANCEABLE');
    }
    await expectConserved(rootId);
  });

  it('never deadlocks transfers of a piece with financing requests over the root and that piece', async () => {
    // A holds a root and, passed back to it through B, a piece further down: a request locks both
    // (in id order) while a transfer of the piece writes a new piece of the same tree. Several
    // trees, as the order of the two ids decides which locks first.
    const [a, b, c] = holders;
    const trees = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const rootId = await confirmed(a, '90000.00');
        const p = (await transferred(api.http, a.token, rootId, b.enterprise.uscc, '60000.00')).id;
        const q = (await transferred(api.http, b.token, p, a.enterprise.uscc, '50000.00')).id;
        return { rootId, q };
      }),
    );
    const responses = await Promise.all(
      trees.flatMap(({ rootId, q }) =>
        Array.from({ length: 6 }, (_, i) =>
          i % 2 === 0
            ? requestFinancing(api.http, a.token, bank.enterprise.id, [rootId, q], {
                requestedAmount: '100.00',
                termDays: 10,
              })
            : transfer(api.http, a.token, q, c.enterprise.uscc, '1000.00'),
        ),
      ),
    );
    expect(responses.filter((r) => r.status >= 500).map((r) => r.body)).toEqual([]);
    for (const { rootId } of trees) await expectConserved(rootId);
  });

  describe('held by the database, whoever writes', () => {
    const refusal = (work: (query: (sql: string, params: unknown[]) => Promise<unknown>) => Promise<unknown>) =>
      db
        .transaction((manager) => work((sql, params) => manager.query(sql, params)))
        .then(
          () => 'committed',
          (error: { driverError?: { code?: string; constraint?: string } }) =>
            `${error.driverError?.code} ${error.driverError?.constraint}`,
        );

    let rootId: string;
    let pieceId: string;

    beforeAll(async () => {
      const [a, b] = holders;
      rootId = await confirmed(a, '1000.00');
      pieceId = (await transferred(api.http, a.token, rootId, b.enterprise.uscc, '400.00')).id;
    });

    it('refuses money that leaves a parent without arriving in a piece, or arrives from nowhere', async () => {
      expect(
        await refusal((query) =>
          query('UPDATE receivables SET transferred_amount = transferred_amount + 100 WHERE id = $1', [rootId]),
        ),
      ).toBe('23514 receivables_tree_conserved');
      expect(
        await refusal((query) =>
          query('UPDATE receivables SET confirmed_amount = 500, amount = 500 WHERE id = $1', [pieceId]),
        ),
      ).toBe('23514 receivables_tree_conserved');
      expect(
        await refusal((query) =>
          query(
            `INSERT INTO receivables (id, status, creditor_id, debtor_id, creditor_city_code, debtor_city_code, contract_no,
                                      amount, confirmed_amount, delivery_date, due_date, payment_term_days, parent_id,
                                      root_id, tier, upstream_holder_ids)
             SELECT gen_random_uuid(), 'CONFIRMED', creditor_id, debtor_id, creditor_city_code, debtor_city_code,
                    contract_no, 100, 100, delivery_date, due_date, payment_term_days, id, root_id, 3,
                    upstream_holder_ids || creditor_id
               FROM receivables WHERE id = $1`,
            [pieceId],
          ),
        ),
      ).toBe('23514 receivables_tree_conserved');
    });

    it('refuses a piece that does not continue its parent, even when the sums agree', async () => {
      expect(
        await refusal(async (query) => {
          await query('UPDATE receivables SET transferred_amount = transferred_amount + 100 WHERE id = $1', [pieceId]);
          await query(
            `INSERT INTO receivables (id, status, creditor_id, debtor_id, creditor_city_code, debtor_city_code, contract_no,
                                      amount, confirmed_amount, delivery_date, due_date, payment_term_days, parent_id,
                                      root_id, tier, upstream_holder_ids)
             SELECT gen_random_uuid(), 'CONFIRMED', creditor_id, debtor_id, creditor_city_code, debtor_city_code,
                    contract_no, 100, 100, delivery_date, due_date + 1, payment_term_days, id, root_id, 3,
                    upstream_holder_ids || creditor_id
               FROM receivables WHERE id = $1`,
            [pieceId],
          );
        }),
      ).toBe('23514 receivables_tree_conserved');
    });

    it('refuses negative outstanding on any piece, even when the sums agree', async () => {
      // 700.00 paid on the root that holds 600.00 would still sum to the obligation (1000 − 700).
      expect(await refusal((query) => query('UPDATE receivables SET paid_amount = 700 WHERE id = $1', [rootId]))).toBe(
        '23514 receivables_outstanding_check',
      );
      await expectConserved(rootId);
    });
  });
});

import {
  adminToken,
  bankFields,
  coreFields,
  enterpriseWithUser,
  regulator,
  smeFields,
  type EnterpriseUser,
} from '../../factories/enterprises';
import { requestFinancing } from '../../factories/financing';
import { confirmedReceivable } from '../../factories/receivables';
import { transferred, tree, type TreeItem } from '../../factories/transfers';
import { API, startApi, type TestApi } from '../../support/api';

type Piece = 'R' | 'P' | 'Q' | 'S';
const PIECES: Piece[] = ['R', 'P', 'Q', 'S'];

/**
 * Who sees what of a three-tier tree (api-contract.md § Transfer and split): R is A's receivable on
 * the core enterprise; A passed P on to B, B passed Q on to C (tier 3), and A passed S on to D. A
 * bank was asked to finance Q. Every caller reads every piece and the tree.
 */
describe('the visibility of a tree of pieces', () => {
  let api: TestApi;
  const ids = {} as Record<Piece, string>;
  const callers: Record<string, string> = {};
  const holderOf = {} as Record<Piece, string>;

  beforeAll(async () => {
    api = await startApi();
    const admin = await adminToken(api.http);
    const core = await enterpriseWithUser(api.http, admin, coreFields('450200'));
    const [a, b, c, d, e] = await Promise.all([
      enterpriseWithUser(api.http, admin, smeFields('450200')),
      enterpriseWithUser(api.http, admin, smeFields('450100')),
      enterpriseWithUser(api.http, admin, smeFields('450300')),
      enterpriseWithUser(api.http, admin, smeFields('450500')),
      enterpriseWithUser(api.http, admin, smeFields('450200')),
    ]);
    const [bank, otherBank] = await Promise.all([
      enterpriseWithUser(api.http, admin, bankFields('450100')),
      enterpriseWithUser(api.http, admin, bankFields('450100')),
    ]);
    const root = (await confirmedReceivable(
      api.http,
      a.token,
      { token: core.token, uscc: core.enterprise.uscc },
      {
        amount: '90000.00',
      },
    )) as { id: string };
    ids.R = root.id;
    ids.P = (await transferred(api.http, a.token, ids.R, b.enterprise.uscc, '40000.00')).id;
    ids.Q = (await transferred(api.http, b.token, ids.P, c.enterprise.uscc, '15000.00')).id;
    ids.S = (await transferred(api.http, a.token, ids.R, d.enterprise.uscc, '20000.00')).id;
    const loan = await requestFinancing(api.http, c.token, bank.enterprise.id, [ids.Q], {
      requestedAmount: '10000.00',
    });
    expect(loan.status).toBe(201);
    const holders: [Piece, EnterpriseUser][] = [
      ['R', a],
      ['P', b],
      ['Q', c],
      ['S', d],
    ];
    for (const [piece, holder] of holders) holderOf[piece] = holder.enterprise.id;
    Object.assign(callers, {
      debtor: core.token,
      rootCreditor: a.token,
      tier2: b.token,
      tier3: c.token,
      sibling: d.token,
      stranger: e.token,
      bank: bank.token,
      otherBank: otherBank.token,
      region: await regulator(api.http, admin, '450000'),
      tier3City: await regulator(api.http, admin, '450300'),
      siblingCity: await regulator(api.http, admin, '450500'),
      otherCity: await regulator(api.http, admin, '451000'),
      admin,
    });
  });
  afterAll(() => api.close());

  // GET /receivables/{id}: who gets 200 for which piece (everyone else 404).
  const READS: Record<string, Piece[]> = {
    debtor: ['R', 'P', 'Q', 'S'],
    rootCreditor: ['R', 'P', 'Q', 'S'],
    tier2: ['P', 'Q'],
    tier3: ['Q'],
    sibling: ['S'],
    stranger: [],
    bank: ['Q'],
    otherBank: [],
    region: ['R', 'P', 'Q', 'S'],
    tier3City: ['Q'],
    siblingCity: ['S'],
    otherCity: [],
    admin: ['R', 'P', 'Q', 'S'],
  };

  it.each(Object.entries(READS))('%s reads exactly the pieces %j', async (caller, visible) => {
    const statuses = await Promise.all(
      PIECES.map(async (piece) => {
        const response = await api.http
          .get(`${API}/receivables/${ids[piece]}`)
          .auth(callers[caller], { type: 'bearer' });
        return [piece, response.status];
      }),
    );
    expect(Object.fromEntries(statuses)).toEqual(
      Object.fromEntries(PIECES.map((piece) => [piece, visible.includes(piece) ? 200 : 404])),
    );
  });

  // GET /receivables/{id}/tree on a piece the caller sees: every piece, and whose holder it is shown.
  const HOLDERS: Record<string, Piece[] | 404> = {
    debtor: ['R', 'P', 'Q', 'S'],
    rootCreditor: ['R', 'P', 'Q', 'S'],
    tier2: ['R', 'P', 'Q'],
    tier3: ['R', 'P', 'Q'],
    sibling: ['R', 'S'],
    stranger: 404,
    bank: ['Q'],
    otherBank: 404,
    region: ['R', 'P', 'Q', 'S'],
    tier3City: ['R', 'P', 'Q', 'S'],
    siblingCity: ['R', 'P', 'Q', 'S'],
    otherCity: 404,
    admin: ['R', 'P', 'Q', 'S'],
  };

  it.each(Object.entries(HOLDERS))('%s reads the tree with the holders of %j', async (caller, shown) => {
    const via = READS[caller][0] ?? 'R';
    const response = await tree(api.http, callers[caller], ids[via]);
    if (shown === 404) {
      expect(response.status).toBe(404);
      return;
    }
    expect(response.status).toBe(200);
    const items = response.body.items as TreeItem[];
    const byPiece = Object.fromEntries(PIECES.map((piece) => [piece, items.find((i) => i.id === ids[piece])]));
    expect(items).toHaveLength(4);
    expect(response.body).toMatchObject({ rootId: ids.R, outstandingAmount: '90000.00' });
    expect(PIECES.map((p) => [p, byPiece[p]?.tier, byPiece[p]?.outstandingAmount])).toEqual([
      ['R', 1, '30000.00'],
      ['P', 2, '25000.00'],
      ['Q', 3, '15000.00'],
      ['S', 2, '20000.00'],
    ]);
    expect(Object.fromEntries(PIECES.map((p) => [p, byPiece[p]?.holder?.id ?? null]))).toEqual(
      Object.fromEntries(PIECES.map((p) => [p, shown.includes(p) ? holderOf[p] : null])),
    );
  });

  it('lists for a holder as creditor only the pieces it holds', async () => {
    const creditorOf = async (caller: string) => {
      const response = await api.http
        .get(`${API}/receivables?role=creditor&limit=200`)
        .auth(callers[caller], { type: 'bearer' });
      return response.body.items.map((r: { id: string }) => r.id);
    };
    expect(await creditorOf('rootCreditor')).toEqual([ids.R]);
    expect(await creditorOf('tier2')).toEqual([ids.P]);
    const all = await api.http.get(`${API}/receivables?limit=200`).auth(callers.tier2, { type: 'bearer' });
    expect(all.body.items.map((r: { id: string }) => r.id).sort()).toEqual([ids.P, ids.Q].sort());
  });
});

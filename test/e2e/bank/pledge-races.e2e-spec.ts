import { DataSource } from 'typeorm';
import { API, startApi, type TestApi } from '../../support/api';
import { adminToken } from '../../factories/enterprises';
import {
  confirmedReceivable,
  financingParties,
  requestFinancing,
  type FinancingParties,
} from '../../factories/financing';

/**
 * "At most one live financing per receivable, however requests race" (issue 4): truly concurrent
 * requests over HTTP, on whichever database the run uses (embedded or PostgreSQL).
 */
describe('racing for the same receivables', () => {
  let api: TestApi;
  let parties: FinancingParties;

  beforeAll(async () => {
    api = await startApi();
    parties = await financingParties(api.http, await adminToken(api.http));
  });
  afterAll(() => api.close());

  const race = (receivableSets: string[][]) =>
    Promise.all(
      receivableSets.map((ids) =>
        requestFinancing(api.http, parties.sme.token, parties.bank.enterprise.id, ids, {
          requestedAmount: '1000.00',
          termDays: 10,
        }),
      ),
    );

  /** Every receivable's live requests, as the database holds them (both the link and the receivable's own column). */
  async function liveHolders(receivableIds: string[]) {
    const rows: { receivable_id: string; live: string[]; column: string | null }[] = await api.app
      .get(DataSource)
      .query(
        `SELECT r.id AS receivable_id, r.financing_request_id AS column,
                coalesce(array_agg(l.financing_request_id) FILTER (WHERE l.live), '{}') AS live
           FROM receivables r LEFT JOIN financing_request_receivables l ON l.receivable_id = r.id
          WHERE r.id = ANY($1::uuid[]) GROUP BY r.id`,
        [receivableIds],
      );
    return rows;
  }

  it('lets exactly one of 50 simultaneous requests for one receivable through; the others get 409 RECEIVABLE_ALREADY_PLEDGED', async () => {
    const receivableId = await confirmedReceivable(api.http, parties);
    const responses = await race(Array.from({ length: 50 }, () => [receivableId]));
    const created = responses.filter((r) => r.status === 201);
    const refused = responses.filter((r) => r.status === 409);
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(49);
    expect(new Set(refused.map((r) => r.body.code))).toEqual(new Set(['RECEIVABLE_ALREADY_PLEDGED']));
    expect(await liveHolders([receivableId])).toEqual([
      { receivable_id: receivableId, live: [created[0].body.id], column: created[0].body.id },
    ]);
  });

  it('after the winner withdraws, exactly one of the next 50 wins again', async () => {
    const receivableId = await confirmedReceivable(api.http, parties);
    const first = (await race(Array.from({ length: 50 }, () => [receivableId]))).filter((r) => r.status === 201);
    expect(first).toHaveLength(1);
    const withdrawn = await api.http
      .post(`${API}/financing-requests/${first[0].body.id}/withdraw`)
      .auth(parties.sme.token, { type: 'bearer' });
    expect(withdrawn.status).toBe(200);

    const responses = await race(Array.from({ length: 50 }, () => [receivableId]));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const winner = responses.find((r) => r.status === 201)!.body.id;
    expect(winner).not.toBe(first[0].body.id);
    expect(await liveHolders([receivableId])).toEqual([
      { receivable_id: receivableId, live: [winner], column: winner },
    ]);
  });

  it('never deadlocks crossed requests over several receivables, and pledges each to at most one', async () => {
    // A ring of receivables; every neighbouring pair is requested in both orders at once.
    const ring = await Promise.all(Array.from({ length: 8 }, () => confirmedReceivable(api.http, parties)));
    const sets = ring.flatMap((id, i) => {
      const next = ring[(i + 1) % ring.length];
      return [
        [id, next],
        [next, id],
        [id, next],
        [next, id],
      ];
    });
    const responses = await race(sets);
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    for (const response of responses.filter((r) => r.status === 409)) {
      expect(response.body.code).toBe('RECEIVABLE_ALREADY_PLEDGED');
    }
    // Each receivable is in at most one live request, the one its own column names.
    const holders = await liveHolders(ring);
    for (const holder of holders) {
      expect(holder.live.length).toBeLessThanOrEqual(1);
      expect(holder.column).toBe(holder.live[0] ?? null);
    }
    // The winners hold disjoint pairs; and a ring of 8 leaves room for at least two of them.
    const winners = responses.filter((r) => r.status === 201).map((r) => r.body.receivableIds as string[]);
    expect(winners.length).toBeGreaterThanOrEqual(2);
    expect(new Set(winners.flat()).size).toBe(winners.length * 2);
  });
});

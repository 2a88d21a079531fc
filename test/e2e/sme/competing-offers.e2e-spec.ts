import { EXPIRE_OFFERS_JOB } from '@gqt/financing';
import { BusinessClock, JobRegistry } from '@gqt/platform';
import { DataSource } from 'typeorm';
import { API, startApi, type TestApi } from '../../support/api';
import { eventually } from '../../support/eventually';
import { WebhookReceiver } from '../../support/webhook-receiver';
import { adminToken, bankFields, enterpriseWithUser } from '../../factories/enterprises';
import { confirmedReceivable, requestFinancing } from '../../factories/financing';
import {
  acceptOffer,
  inDays,
  makeOffer,
  matchingParties,
  offersSeenBy,
  openRequest,
  type MatchingParties,
} from '../../factories/matching';

/**
 * Competing offers (api-contract.md § Matching banks and enterprises): one request before several
 * banks, sealed offers, exactly one acceptance, expiry on the business clock. Over HTTP, on
 * whichever database the run uses.
 */
describe('a request before several banks', () => {
  let api: TestApi;
  let admin: string;
  let p: MatchingParties;
  const receivers: WebhookReceiver[] = [];

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    p = await matchingParties(api.http, admin);
  });
  afterAll(async () => {
    await Promise.all(receivers.map((r) => r.stop()));
    await api.close();
  });

  const get = (path: string, token: string) => api.http.get(`${API}${path}`).auth(token, { type: 'bearer' });
  const open = async (overrides: Record<string, unknown> = {}) => {
    const response = await openRequest(api.http, p, overrides);
    expect(response.status).toBe(201);
    return response.body as { id: string; receivableIds: string[]; expiresAt: string };
  };

  it('is OPEN for 7 days, before both banks, limited by the lower financing ratio', async () => {
    const before = Date.now();
    const request = await open();
    const seen = (await get(`/financing-requests/${request.id}`, p.sme.token)).body;
    expect(seen).toMatchObject({
      status: 'OPEN',
      bankId: null,
      bank: null,
      bankIds: [p.bankA.enterprise.id, p.bankB.enterprise.id].sort(),
      requestedAmount: '60000.00',
      financingRatio: '0.70',
    });
    const expiresAt = Date.parse(seen.expiresAt);
    expect(expiresAt).toBeGreaterThanOrEqual(before + 7 * 86_400_000 - 1000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 7 * 86_400_000 + 1000);
    // Its receivable is locked as for one bank, and each bank may read it.
    const receivable = (await get(`/receivables/${request.receivableIds[0]}`, p.bankB.token)).body;
    expect(receivable.financingRequestId).toBe(request.id);
    // Each bank lists it among its OPEN requests.
    for (const token of [p.bankAApi, p.bankBApi]) {
      const listed = await get('/financing-requests?status=OPEN&limit=200', token);
      expect(listed.body.items.map((r: { id: string }) => r.id)).toContain(request.id);
    }
  });

  it('refuses what the contract refuses', async () => {
    const receivableId = await confirmedReceivable(api.http, p);
    // 0.70 (bank B) × 100 000.00 = 70 000.00
    const tooMuch = await openRequest(api.http, p, { receivableIds: [receivableId], requestedAmount: '70000.01' });
    expect([tooMuch.status, tooMuch.body.code]).toEqual([422, 'AMOUNT_EXCEEDS_LIMIT']);
    const oneBank = await openRequest(api.http, p, { receivableIds: [receivableId] }, [p.bankA]);
    expect([oneBank.status, oneBank.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const both = await openRequest(api.http, p, { receivableIds: [receivableId], bankId: p.bankA.enterprise.id });
    expect(both.status).toBe(400);
    const late = await openRequest(api.http, p, { receivableIds: [receivableId], expiresAt: inDays(31) });
    expect([late.status, late.body.code]).toEqual([422, 'EXPIRY_OUT_OF_RANGE']);

    const request = await open();
    const refused = async (token: string, body: Record<string, unknown>) => {
      const response = await makeOffer(api.http, token, request.id, body);
      return [response.status, response.body.code];
    };
    expect(await refused(p.bankAApi, { amount: '60000.01' })).toEqual([422, 'AMOUNT_EXCEEDS_LIMIT']);
    expect(await refused(p.bankAApi, { validUntil: new Date(Date.now() - 1000).toISOString() })).toEqual([
      422,
      'VALIDITY_IN_PAST',
    ]);
    expect(await refused(p.bankAApi, { validUntil: '2026-13-01T00:00:00Z' })).toEqual([400, 'VALIDATION_FAILED']);
    expect(await refused(p.bankAApi, { termDays: 366 })).toEqual([400, 'VALIDATION_FAILED']);
    // A bank the request was not put before does not see it at all.
    const stranger = await enterpriseWithUser(api.http, admin, bankFields());
    expect(await refused(stranger.token, {})).toEqual([404, 'NOT_FOUND']);
    expect((await offersSeenBy(api.http, stranger.token, request.id)).status).toBe(404);
    expect((await get(`/financing-requests/${request.id}`, stranger.token)).status).toBe(404);
    // The bank cannot approve an OPEN request the single-bank way.
    const approve = await api.http
      .post(`${API}/financing-requests/${request.id}/approve`)
      .auth(p.bankAApi, { type: 'bearer' })
      .send({ approvedAmount: '60000.00', annualRate: '0.04', termDays: 30 });
    expect([approve.status, approve.body.code]).toEqual([409, 'INVALID_STATE']);
  });

  it('keeps offers sealed over HTTP: each bank sees its own, the SME all; taking one declines the other', async () => {
    const request = await open();
    const first = await makeOffer(api.http, p.bankAApi, request.id, { annualRate: '0.0450' });
    const a = await makeOffer(api.http, p.bankAApi, request.id, { annualRate: '0.0420' });
    const b = await makeOffer(api.http, p.bankB.token, request.id, { annualRate: '0.0385', termDays: 30 });
    expect([first.status, a.status, b.status]).toEqual([201, 201, 201]);
    expect(b.body).toMatchObject({ status: 'ACTIVE', amount: '60000.00', annualRate: '0.0385', interest: '189.86' });

    const ids = (response: { body: { items: { id: string }[] } }) => response.body.items.map((o) => o.id);
    expect(ids(await offersSeenBy(api.http, p.bankAApi, request.id))).toEqual([a.body.id]);
    expect(ids(await offersSeenBy(api.http, p.bankB.token, request.id))).toEqual([b.body.id]);
    // The SME: both current offers (the replaced one is gone), the best first.
    expect(ids(await offersSeenBy(api.http, p.sme.token, request.id))).toEqual([b.body.id, a.body.id]);
    // Nothing of bank B's offer in what bank A reads of the request, before or after.
    const seenByA = JSON.stringify((await get(`/financing-requests/${request.id}`, p.bankAApi)).body);
    expect(seenByA).not.toContain(b.body.id);
    expect(seenByA).not.toContain('0.0385');

    const accepted = await acceptOffer(api.http, p.sme.token, request.id, b.body.id);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      status: 'APPROVED',
      bankId: p.bankB.enterprise.id,
      approvedAmount: '60000.00',
      annualRate: '0.0385',
      approvedTermDays: 30,
      acceptedOfferId: b.body.id,
      financingRatio: '0.70',
    });
    const ofA = (await offersSeenBy(api.http, p.bankAApi, request.id)).body.items;
    expect(ofA).toEqual([expect.objectContaining({ id: a.body.id, status: 'DECLINED' })]);
    const afterwards = (await get(`/financing-requests/${request.id}`, p.bankAApi)).body;
    expect(afterwards).toMatchObject({ status: 'APPROVED', bankId: null, annualRate: null, approvedAmount: null });
    expect(JSON.stringify(afterwards)).not.toContain(b.body.id);
    // The winner goes on as with any approved request; the loser may not.
    const disbursal = {
      loanReference: 'LN-1',
      disbursedOn: accepted.body.createdAt.slice(0, 10),
      pledgeRegistrationNo: 'ZD123',
    };
    const byA = await api.http
      .post(`${API}/financing-requests/${request.id}/disburse`)
      .auth(p.bankAApi, { type: 'bearer' })
      .send(disbursal);
    expect(byA.status).toBe(404);
    // A later offer, or a second acceptance, finds the request closed.
    expect((await makeOffer(api.http, p.bankAApi, request.id)).status).toBe(409);
    const again = await acceptOffer(api.http, p.sme.token, request.id, a.body.id);
    expect([again.status, again.body.code]).toEqual([409, 'INVALID_STATE']);
  });

  it('tells each bank by webhook of its own offer only', async () => {
    const hooks = { A: await WebhookReceiver.start(), B: await WebhookReceiver.start() };
    receivers.push(hooks.A, hooks.B);
    const events = [
      'financing_request.offer_requested',
      'financing_request.offer_accepted',
      'financing_request.offer_declined',
      'financing_request.expired',
    ];
    for (const [token, hook] of [
      [p.bankAApi, hooks.A],
      [p.bankBApi, hooks.B],
    ] as const) {
      const created = await api.http
        .post(`${API}/webhook-subscriptions`)
        .auth(token, { type: 'bearer' })
        .send({ url: hook.url, events });
      expect(created.status).toBe(201);
    }
    const request = await open();
    const a = await makeOffer(api.http, p.bankAApi, request.id, { annualRate: '0.0420' });
    const b = await makeOffer(api.http, p.bankBApi, request.id, { annualRate: '0.0385' });
    expect((await acceptOffer(api.http, p.sme.token, request.id, a.body.id)).status).toBe(200);

    const of = (hook: WebhookReceiver) =>
      eventually(async () => {
        const mine = hook.received
          .map((r) => JSON.parse(r.body) as { type: string; data: { id: string; offer?: { id: string } } })
          .filter((e) => e.data.id === request.id);
        return mine.length >= 2 ? mine : undefined;
      }, 20_000);
    const [toA, toB] = [await of(hooks.A), await of(hooks.B)];
    expect(toA.map((e) => e.type).sort()).toEqual([
      'financing_request.offer_accepted',
      'financing_request.offer_requested',
    ]);
    expect(toB.map((e) => e.type).sort()).toEqual([
      'financing_request.offer_declined',
      'financing_request.offer_requested',
    ]);
    expect(toA.find((e) => e.type.endsWith('accepted'))?.data.offer?.id).toBe(a.body.id);
    expect(toB.find((e) => e.type.endsWith('declined'))?.data.offer?.id).toBe(b.body.id);
    // Never the other bank's offer, its rate, nor (for the loser) the terms taken.
    const raw = (hook: WebhookReceiver) => hook.received.map((r) => r.body).join('\n');
    expect(raw(hooks.A)).not.toContain(b.body.id);
    expect(raw(hooks.A)).not.toContain('0.0385');
    expect(raw(hooks.B)).not.toContain(a.body.id);
    expect(raw(hooks.B)).not.toContain('0.042');
    // And their inboxes.
    const inbox = async (token: string) =>
      ((await get('/notifications?limit=200', token)).body.items as { kind: string; entityId: string }[]).filter(
        (n) => n.entityId === request.id,
      );
    await eventually(async () =>
      (await inbox(p.bankB.token)).some((n) => n.kind.endsWith('offer_declined')) ? true : undefined,
    );
    await eventually(async () =>
      (await inbox(p.sme.token)).some((n) => n.kind.endsWith('offer_made')) ? true : undefined,
    );
  });

  it('lets exactly one of racing acceptances win', async () => {
    for (let round = 0; round < 3; round += 1) {
      const request = await open();
      const a = await makeOffer(api.http, p.bankAApi, request.id);
      const b = await makeOffer(api.http, p.bankBApi, request.id, { annualRate: '0.04' });
      const racers = [a, b, a, b, a, b, a, b].map((o) => acceptOffer(api.http, p.sme.token, request.id, o.body.id));
      const responses = await Promise.all(racers);
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(7);
      expect(new Set(responses.filter((r) => r.status === 409).map((r) => r.body.code))).toEqual(
        new Set(['INVALID_STATE']),
      );
      const winner = responses.find((r) => r.status === 200)!.body as { bankId: string; acceptedOfferId: string };
      const offers = (await offersSeenBy(api.http, p.sme.token, request.id)).body.items as {
        id: string;
        status: string;
      }[];
      expect(offers.filter((o) => o.status === 'ACCEPTED').map((o) => o.id)).toEqual([winner.acceptedOfferId]);
      expect(offers.filter((o) => o.status === 'DECLINED')).toHaveLength(1);
    }
  });

  it('lets exactly one of an acceptance and the bank withdrawing that offer win', async () => {
    for (let round = 0; round < 4; round += 1) {
      const request = await open();
      const a = await makeOffer(api.http, p.bankAApi, request.id);
      const [accepted, withdrawn] = await Promise.all([
        acceptOffer(api.http, p.sme.token, request.id, a.body.id),
        api.http
          .post(`${API}/financing-requests/${request.id}/offers/${a.body.id}/withdraw`)
          .auth(p.bankAApi, { type: 'bearer' }),
      ]);
      expect([accepted.status, withdrawn.status].sort()).toEqual([200, 409]);
      const now = (await get(`/financing-requests/${request.id}`, p.sme.token)).body;
      const offer = (await offersSeenBy(api.http, p.sme.token, request.id)).body.items[0];
      if (accepted.status === 200) {
        expect([now.status, offer.status]).toEqual(['APPROVED', 'ACCEPTED']);
      } else {
        expect([now.status, offer.status]).toEqual(['OPEN', 'WITHDRAWN']);
        // The bank may offer again; its new offer replaces the withdrawn one.
        expect((await makeOffer(api.http, p.bankAApi, request.id)).status).toBe(201);
      }
    }
  });

  it('an SME withdrawing its OPEN request declines the offers and releases the receivables', async () => {
    const request = await open();
    const a = await makeOffer(api.http, p.bankAApi, request.id);
    const withdrawn = await api.http
      .post(`${API}/financing-requests/${request.id}/withdraw`)
      .auth(p.sme.token, { type: 'bearer' });
    expect([withdrawn.status, withdrawn.body.status]).toEqual([200, 'WITHDRAWN']);
    expect((await offersSeenBy(api.http, p.bankAApi, request.id)).body.items).toEqual([
      expect.objectContaining({ id: a.body.id, status: 'DECLINED' }),
    ]);
    expect((await get(`/receivables/${request.receivableIds[0]}`, p.sme.token)).body.financingRequestId).toBeNull();
    expect((await acceptOffer(api.http, p.sme.token, request.id, a.body.id)).status).toBe(409);
  });

  it('expires on the business clock, releasing its receivables (no sleeping)', async () => {
    const clock = api.app.get(BusinessClock);
    const request = await open({ expiresAt: inDays(2) });
    const a = await makeOffer(api.http, p.bankAApi, request.id, { validUntil: inDays(3) });
    const spy = jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.parse(request.expiresAt) + 1000));
    try {
      // Past expiresAt and before the job: nothing more is taken.
      expect((await acceptOffer(api.http, p.sme.token, request.id, a.body.id)).status).toBe(409);
      expect((await makeOffer(api.http, p.bankBApi, request.id, { validUntil: inDays(4) })).status).toBe(409);
      // The job the platform runs every minute, run now.
      await api.app.get(JobRegistry).run(EXPIRE_OFFERS_JOB, {});
    } finally {
      spy.mockRestore();
    }
    const expired = (await get(`/financing-requests/${request.id}`, p.sme.token)).body;
    expect(expired.status).toBe('EXPIRED');
    expect((await offersSeenBy(api.http, p.bankAApi, request.id)).body.items).toEqual([
      expect.objectContaining({ id: a.body.id, status: 'EXPIRED' }),
    ]);
    const receivableId = request.receivableIds[0];
    expect((await get(`/receivables/${receivableId}`, p.sme.token)).body.financingRequestId).toBeNull();
    // Released: the SME may ask again.
    const again = await requestFinancing(api.http, p.sme.token, p.bankA.enterprise.id, [receivableId], {
      requestedAmount: '1000.00',
      termDays: 10,
    });
    expect(again.status).toBe(201);
  });

  it('an offer past its validity cannot be taken', async () => {
    const clock = api.app.get(BusinessClock);
    const request = await open();
    const a = await makeOffer(api.http, p.bankAApi, request.id, { validUntil: inDays(1) });
    const spy = jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 2 * 86_400_000));
    try {
      const late = await acceptOffer(api.http, p.sme.token, request.id, a.body.id);
      expect([late.status, late.body.code]).toEqual([422, 'OFFER_EXPIRED']);
    } finally {
      spy.mockRestore();
    }
  });

  it('holds one live request per receivable across single-bank and multi-bank requests racing', async () => {
    for (let round = 0; round < 3; round += 1) {
      const receivableId = await confirmedReceivable(api.http, p);
      const racers = Array.from({ length: 12 }, (_, i) =>
        i % 2 === 0
          ? openRequest(api.http, p, { receivableIds: [receivableId], requestedAmount: '1000.00' })
          : requestFinancing(api.http, p.sme.token, p.bankA.enterprise.id, [receivableId], {
              requestedAmount: '1000.00',
              termDays: 10,
            }),
      );
      const responses = await Promise.all(racers);
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(11);
      const live: { n: string }[] = await api.app
        .get(DataSource)
        .query('SELECT count(*)::text AS n FROM financing_request_receivables WHERE receivable_id = $1 AND live', [
          receivableId,
        ]);
      expect(live[0].n).toBe('1');
    }
  });
});

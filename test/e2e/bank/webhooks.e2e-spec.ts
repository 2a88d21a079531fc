import { createHmac } from 'node:crypto';
import { API, startApi, type TestApi } from '../../support/api';
import { eventually } from '../../support/eventually';
import { WebhookReceiver, type ReceivedWebhook } from '../../support/webhook-receiver';
import { bankClientToken } from '../../factories/banks';
import { adminToken, bankFields, enterpriseWithUser } from '../../factories/enterprises';
import {
  confirmedReceivable,
  financingParties,
  requestFinancing,
  type FinancingParties,
} from '../../factories/financing';
import { day } from '../../factories/receivables';
import { tag } from '../../factories/identifiers';

/** What a bank's receiver does (docs/bank-integration.md), written out independently of the product's code. */
function signatureIsValid(received: ReceivedWebhook, secret: string): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(received.headers['x-gqt-signature']));
  if (!match) return false;
  const expected = createHmac('sha256', secret).update(`${match[1]}.${received.body}`).digest('hex');
  return match[2] === expected && Math.abs(Date.now() / 1000 - Number(match[1])) < 300;
}

interface Attempt {
  id: string;
  eventId: string;
  eventType: string;
  attempt: number;
  status: number | null;
  error?: string;
  durationMs: number;
  attemptedAt: string;
  nextAttemptAt?: string;
}

describe('webhooks for banks', () => {
  let api: TestApi;
  let admin: string;
  let parties: FinancingParties;
  const receivers: WebhookReceiver[] = [];

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
  });
  beforeEach(async () => {
    // A bank of its own per test: no subscription of one test hears another's events.
    parties = await financingParties(api.http, admin);
  });
  afterAll(async () => {
    await Promise.all(receivers.map((r) => r.stop()));
    await api.close();
  });

  const receiver = async (...args: Parameters<typeof WebhookReceiver.start>) => {
    const started = await WebhookReceiver.start(...args);
    receivers.push(started);
    return started;
  };
  const subscribe = (token: string, url: string, events: string[]) =>
    api.http.post(`${API}/webhook-subscriptions`).auth(token, { type: 'bearer' }).send({ url, events });
  const get = (path: string, token: string) => api.http.get(`${API}${path}`).auth(token, { type: 'bearer' });
  const attempts = async (subscriptionId: string, token = parties.bankApi): Promise<Attempt[]> =>
    (await get(`/webhook-subscriptions/${subscriptionId}/deliveries`, token)).body.items;
  const submit = async () => {
    const receivableId = await confirmedReceivable(api.http, parties);
    const response = await requestFinancing(api.http, parties.sme.token, parties.bank.enterprise.id, [receivableId]);
    expect(response.status).toBe(201);
    return { requestId: response.body.id as string, receivableId };
  };
  const received = (hook: WebhookReceiver, count: number) =>
    eventually(async () => (hook.received.length >= count ? hook.received : undefined), 20_000, `${count} webhooks`);

  describe('subscriptions', () => {
    it('are created with a secret shown once, listed without it, and kept to their bank', async () => {
      const created = await subscribe(parties.bankApi, 'http://127.0.0.1:9/hooks', ['financing_request.submitted']);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        id: expect.any(String),
        url: 'http://127.0.0.1:9/hooks',
        events: ['financing_request.submitted'],
        secret: expect.stringMatching(/^whsec_/),
      });
      const listed = await get('/webhook-subscriptions', parties.bank.token);
      expect(listed.status).toBe(200);
      expect(listed.body.items).toEqual([expect.objectContaining({ id: created.body.id })]);
      expect(listed.body.items[0].secret).toBeUndefined();

      const other = await enterpriseWithUser(api.http, admin, bankFields());
      const otherApi = await bankClientToken(api.http, admin, other.enterprise.id);
      expect((await get('/webhook-subscriptions', otherApi)).body.items).toEqual([]);
      expect((await get(`/webhook-subscriptions/${created.body.id}/deliveries`, otherApi)).status).toBe(404);
      const rotate = await api.http
        .post(`${API}/webhook-subscriptions/${created.body.id}/rotate-secret`)
        .auth(otherApi, { type: 'bearer' });
      expect(rotate.status).toBe(404);
      const removal = await api.http
        .delete(`${API}/webhook-subscriptions/${created.body.id}`)
        .auth(otherApi, { type: 'bearer' });
      expect(removal.status).toBe(404);
    });

    it('need webhooks:manage: other scopes and other roles are refused (403)', async () => {
      const readOnly = await bankClientToken(api.http, admin, parties.bank.enterprise.id, ['financing:read']);
      for (const token of [readOnly, parties.sme.token, parties.core.token, admin]) {
        expect((await subscribe(token, 'http://127.0.0.1:9/hooks', ['financing_request.submitted'])).status).toBe(403);
      }
    });

    it('refuse unknown events and malformed URLs with 400', async () => {
      for (const [url, events] of [
        ['http://127.0.0.1:9/hooks', ['financing_request.nonsense']],
        ['http://127.0.0.1:9/hooks', []],
        ['ftp://127.0.0.1/hooks', ['financing_request.submitted']],
        ['not a url', ['financing_request.submitted']],
        ['https://user:password@bank.example/hooks', ['financing_request.submitted']],
      ] as const) {
        const response = await subscribe(parties.bankApi, url, [...events]);
        expect({ url, events, status: response.status }).toEqual({ url, events, status: 400 });
      }
    });

    it('rotate their secret and can be deleted', async () => {
      const created = await subscribe(parties.bankApi, 'http://127.0.0.1:9/hooks', ['financing_request.submitted']);
      const rotated = await api.http
        .post(`${API}/webhook-subscriptions/${created.body.id}/rotate-secret`)
        .auth(parties.bankApi, { type: 'bearer' });
      expect(rotated.status).toBe(200);
      expect(rotated.body.secret).toMatch(/^whsec_/);
      expect(rotated.body.secret).not.toBe(created.body.secret);
      const removal = await api.http
        .delete(`${API}/webhook-subscriptions/${created.body.id}`)
        .auth(parties.bankApi, { type: 'bearer' });
      expect(removal.status).toBe(204);
      expect((await get('/webhook-subscriptions', parties.bankApi)).body.items).toEqual([]);
      expect((await get(`/webhook-subscriptions/${created.body.id}/deliveries`, parties.bankApi)).status).toBe(404);
    });
  });

  describe('deliveries', () => {
    it('POST each subscribed event of the bank, signed as the contract says', async () => {
      const hook = await receiver();
      const created = await subscribe(parties.bankApi, hook.url, [
        'financing_request.submitted',
        'financing_request.withdrawn',
        'receivable.payment_recorded',
      ]);
      const bystander = await receiver();
      const otherBank = await enterpriseWithUser(api.http, admin, bankFields());
      await subscribe(await bankClientToken(api.http, admin, otherBank.enterprise.id), bystander.url, [
        'financing_request.submitted',
        'receivable.payment_recorded',
      ]);

      const { requestId, receivableId } = await submit();
      const [submitted] = await received(hook, 1);
      expect(submitted.headers['content-type']).toContain('application/json');
      expect(submitted.headers['x-gqt-event']).toBe('financing_request.submitted');
      const body = JSON.parse(submitted.body);
      expect(Object.keys(body).sort()).toEqual(['createdAt', 'data', 'id', 'type']);
      expect(body).toMatchObject({ type: 'financing_request.submitted', data: { id: requestId, status: 'SUBMITTED' } });
      expect(submitted.headers['x-gqt-delivery']).toBe(body.id);
      expect(new Date(body.createdAt).toISOString()).toBe(body.createdAt);
      expect(signatureIsValid(submitted, created.body.secret)).toBe(true);
      expect(signatureIsValid(submitted, 'whsec_wrong')).toBe(false);

      // The bank now sees the receivable: it hears of its payments; it did not subscribe to approvals.
      const payment = await api.http
        .post(`${API}/receivables/${receivableId}/payments`)
        .auth(parties.core.token, { type: 'bearer' })
        .send({ amount: '1000.00', paidOn: day(0), reference: `PAY-${tag()}` });
      expect(payment.status).toBe(201);
      const withdrawn = await api.http
        .post(`${API}/financing-requests/${requestId}/withdraw`)
        .auth(parties.sme.token, { type: 'bearer' });
      expect(withdrawn.status).toBe(200);
      const all = await received(hook, 3);
      const types = all.map((w) => w.headers['x-gqt-event']).sort();
      expect(types).toEqual([
        'financing_request.submitted',
        'financing_request.withdrawn',
        'receivable.payment_recorded',
      ]);
      const paid = JSON.parse(all.find((w) => w.headers['x-gqt-event'] === 'receivable.payment_recorded')!.body);
      expect(paid.data).toMatchObject({ receivableId, amount: '1000.00', outstandingAmount: '99000.00' });
      for (const webhook of all) expect(signatureIsValid(webhook, created.body.secret)).toBe(true);

      const log = await eventually(async () => {
        const items = await attempts(created.body.id);
        return items.length === 3 ? items : undefined;
      });
      for (const attempt of log) {
        expect(attempt).toMatchObject({ attempt: 1, status: 200, durationMs: expect.any(Number) });
        expect(attempt.error).toBeUndefined();
        expect(attempt.nextAttemptAt).toBeUndefined();
      }
      expect(bystander.received).toEqual([]);
    });

    it('retries a receiver that fails with the same delivery id until it succeeds, logging every attempt', async () => {
      const hook = await receiver((n) => (n === 0 ? 500 : n === 1 ? 503 : 200));
      const created = await subscribe(parties.bankApi, hook.url, ['financing_request.submitted']);
      await submit();
      const tries = await received(hook, 3);
      expect(new Set(tries.map((w) => w.headers['x-gqt-delivery'])).size).toBe(1);
      expect(new Set(tries.map((w) => w.body)).size).toBe(1);
      for (const webhook of tries) expect(signatureIsValid(webhook, created.body.secret)).toBe(true);

      const log = await eventually(async () => {
        const items = await attempts(created.body.id);
        return items.length === 3 ? items : undefined;
      });
      const oldestFirst = [...log].reverse();
      expect(oldestFirst.map((a) => [a.attempt, a.status])).toEqual([
        [1, 500],
        [2, 503],
        [3, 200],
      ]);
      expect(oldestFirst[0].nextAttemptAt).toEqual(expect.any(String));
      expect(Date.parse(oldestFirst[0].nextAttemptAt!)).toBeGreaterThan(Date.parse(oldestFirst[0].attemptedAt));
      expect(oldestFirst[2].nextAttemptAt).toBeUndefined();
      expect(new Set(log.map((a) => a.eventId))).toEqual(new Set([tries[0].headers['x-gqt-delivery']]));
      // Backoff: the second wait is longer than the first.
      const gaps = [tries[1].receivedAt - tries[0].receivedAt, tries[2].receivedAt - tries[1].receivedAt];
      expect(gaps[1]).toBeGreaterThan(gaps[0]);
    });

    it('logs a network error as status null with the error', async () => {
      const closed = await receiver();
      const url = closed.url;
      await closed.stop();
      const created = await subscribe(parties.bankApi, url, ['financing_request.submitted']);
      await submit();
      const [first] = await eventually(async () => {
        const items = await attempts(created.body.id);
        return items.length > 0 ? items : undefined;
      });
      expect(first).toMatchObject({ attempt: 1, status: null, error: expect.stringMatching(/ECONNREFUSED/) });
      expect(first.nextAttemptAt).toEqual(expect.any(String));
    });

    it('replays a delivery on request, with the same delivery id', async () => {
      const hook = await receiver();
      const created = await subscribe(parties.bankApi, hook.url, ['financing_request.submitted']);
      await submit();
      const [first] = await received(hook, 1);
      const deliveryId = String(first.headers['x-gqt-delivery']);
      await eventually(async () => ((await attempts(created.body.id)).length === 1 ? true : undefined));
      const replay = await api.http
        .post(`${API}/webhook-subscriptions/${created.body.id}/deliveries/${deliveryId}/replay`)
        .auth(parties.bankApi, { type: 'bearer' });
      expect(replay.status).toBe(202);
      expect(replay.body).toMatchObject({ deliveryId, state: 'PENDING', attempts: 1 });
      const [, again] = await received(hook, 2);
      expect(again.headers['x-gqt-delivery']).toBe(deliveryId);
      expect(again.body).toBe(first.body);
      const log = await eventually(async () => {
        const items = await attempts(created.body.id);
        return items.length === 2 ? items : undefined;
      });
      expect(log.map((a) => a.attempt)).toEqual([2, 1]);
      const unknown = await api.http
        .post(`${API}/webhook-subscriptions/${created.body.id}/deliveries/${created.body.id}/replay`)
        .auth(parties.bankApi, { type: 'bearer' });
      expect(unknown.status).toBe(404);
    });

    it('signs with the rotated secret from the rotation on, and stops after deletion', async () => {
      const hook = await receiver();
      const created = await subscribe(parties.bankApi, hook.url, ['financing_request.submitted']);
      const rotated = await api.http
        .post(`${API}/webhook-subscriptions/${created.body.id}/rotate-secret`)
        .auth(parties.bankApi, { type: 'bearer' });
      await submit();
      const [webhook] = await received(hook, 1);
      expect(signatureIsValid(webhook, rotated.body.secret)).toBe(true);
      expect(signatureIsValid(webhook, created.body.secret)).toBe(false);

      await api.http
        .delete(`${API}/webhook-subscriptions/${created.body.id}`)
        .auth(parties.bankApi, { type: 'bearer' });
      const control = await receiver();
      await subscribe(parties.bankApi, control.url, ['financing_request.submitted']);
      await submit();
      await received(control, 1);
      expect(hook.received).toHaveLength(1);
    });
  });
});

import { randomUUID } from 'node:crypto';
import { WebhookSecrets } from '@gqt/webhooks';
import { DataSource } from 'typeorm';
import { API, startApi, type TestApi } from '../../support/api';
import { bankClientToken } from '../../factories/banks';
import { adminToken, bankFields, enterpriseWithUser, type EnterpriseUser } from '../../factories/enterprises';

// Issue 12: a database dump alone cannot sign a webhook. The signing secret is sealed with a key
// kept outside the database (SECRETS_KEY, or DATA_DIR/secrets.key in development).
describe('webhook signing secrets at rest', () => {
  let api: TestApi;
  let bank: EnterpriseUser;
  let bankApi: string;

  beforeAll(async () => {
    api = await startApi();
    const admin = await adminToken(api.http);
    bank = await enterpriseWithUser(api.http, admin, bankFields());
    bankApi = await bankClientToken(api.http, admin, bank.enterprise.id);
  });
  afterAll(() => api.close());

  const db = () => api.app.get(DataSource);
  /** Every text the database holds about the subscription, as a dump would show it. */
  const dumpOf = async (id: string) =>
    JSON.stringify(
      await Promise.all([
        db().query('SELECT * FROM webhook_subscriptions WHERE id = $1', [id]),
        db().query('SELECT * FROM audit_events WHERE entity_id = $1', [id]),
        db().query('SELECT * FROM outbox_events WHERE aggregate_id = $1', [id]),
        db().query('SELECT * FROM idempotency_keys'),
      ]),
    );

  it('is stored sealed, never readable, also when created and rotated with an Idempotency-Key', async () => {
    const created = await api.http
      .post(`${API}/webhook-subscriptions`)
      .auth(bankApi, { type: 'bearer' })
      .set('Idempotency-Key', randomUUID())
      .send({ url: 'http://127.0.0.1:9/hooks', events: ['financing_request.submitted'] });
    expect(created.status).toBe(201);
    const rotated = await api.http
      .post(`${API}/webhook-subscriptions/${created.body.id}/rotate-secret`)
      .auth(bankApi, { type: 'bearer' })
      .set('Idempotency-Key', randomUUID());
    expect(rotated.status).toBe(200);
    const dump = await dumpOf(created.body.id);
    expect(dump).not.toContain(created.body.secret);
    expect(dump).not.toContain(rotated.body.secret);
    const [row] = await db().query('SELECT secret FROM webhook_subscriptions WHERE id = $1', [created.body.id]);
    expect(row.secret).toMatch(/^gqtenc1:[0-9a-f]{8}:/);
    expect(api.app.get(WebhookSecrets).open(row.secret)).toBe(rotated.body.secret);
  });

  it('seals on start the secrets stored readable before, and leaves sealed ones as they are', async () => {
    const created = await api.http
      .post(`${API}/webhook-subscriptions`)
      .auth(bankApi, { type: 'bearer' })
      .send({ url: 'http://127.0.0.1:9/hooks', events: ['financing_request.submitted'] });
    const legacy = randomUUID();
    await db().query(
      `INSERT INTO webhook_subscriptions (id, bank_id, url, events, secret, created_at)
       VALUES ($1, $2, 'http://127.0.0.1:9/old', '{financing_request.submitted}', 'whsec_stored_readable', now())`,
      [legacy, bank.enterprise.id],
    );
    const [sealedBefore] = await db().query('SELECT secret FROM webhook_subscriptions WHERE id = $1', [
      created.body.id,
    ]);

    await api.app.get(WebhookSecrets).onApplicationBootstrap();

    const [migrated] = await db().query('SELECT secret FROM webhook_subscriptions WHERE id = $1', [legacy]);
    expect(migrated.secret).toMatch(/^gqtenc1:/);
    expect(api.app.get(WebhookSecrets).open(migrated.secret)).toBe('whsec_stored_readable');
    const [sealedAfter] = await db().query('SELECT secret FROM webhook_subscriptions WHERE id = $1', [created.body.id]);
    expect(sealedAfter.secret).toBe(sealedBefore.secret);
  });
});

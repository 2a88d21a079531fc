import { DataSource } from 'typeorm';
import { API, startApi, type TestApi } from '../../support/api';
import { adminToken, bankFields, regulator } from '../../factories/enterprises';
import { tag } from '../../factories/identifiers';

describe('Idempotency-Key on POST', () => {
  let api: TestApi;
  let admin: string;

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
  });
  afterAll(() => api.close());

  const createEnterprise = (key: string | undefined, body: object, token = admin) => {
    const call = api.http.post(`${API}/enterprises`).auth(token, { type: 'bearer' });
    if (key !== undefined) call.set('Idempotency-Key', key);
    return call.send(body);
  };
  const enterprisesNamed = async (name: string) => {
    const rows: unknown[] = await api.app.get(DataSource).query('SELECT id FROM enterprises WHERE name = $1', [name]);
    return rows.length;
  };

  it('answers a repeated request with the first response and no second effect', async () => {
    const key = `key-${tag()}`;
    const fields = bankFields();
    const first = await createEnterprise(key, fields);
    const again = await createEnterprise(key, fields);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(await enterprisesNamed(fields.name)).toBe(1);
  });

  it('gives simultaneous duplicates one effect and identical answers', async () => {
    const key = `key-${tag()}`;
    const fields = bankFields();
    const responses = await Promise.all(Array.from({ length: 20 }, () => createEnterprise(key, fields)));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    for (const response of responses) expect(response.body).toEqual(responses[0].body);
    expect(await enterprisesNamed(fields.name)).toBe(1);
  });

  it('refuses the same key with another body, path or method with 422 IDEMPOTENCY_KEY_REUSED', async () => {
    const key = `key-${tag()}`;
    const fields = bankFields();
    expect((await createEnterprise(key, fields)).status).toBe(201);
    const changed = await createEnterprise(key, { ...fields, employees: fields.employees + 1 });
    expect(changed.status).toBe(422);
    expect(changed.headers['content-type']).toContain('application/problem+json');
    expect(changed.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const otherPath = await api.http
      .post(`${API}/users`)
      .auth(admin, { type: 'bearer' })
      .set('Idempotency-Key', key)
      .send({ username: `u-${tag()}`, password: 'Pw-long-enough-1!', role: 'ADMIN' });
    expect(otherPath.status).toBe(422);
    expect(otherPath.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('treats a JSON body with its keys in another order as the same body', async () => {
    const key = `key-${tag()}`;
    const fields = bankFields();
    const first = await createEnterprise(key, fields);
    const reordered = Object.fromEntries(Object.entries(fields).reverse());
    const again = await createEnterprise(key, reordered);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
  });

  it('stores refusals too: a replayed 409 is the first 409, word for word', async () => {
    const fields = bankFields();
    expect((await createEnterprise(undefined, fields)).status).toBe(201);
    const key = `key-${tag()}`;
    const refused = await createEnterprise(key, fields);
    const replayed = await createEnterprise(key, fields);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('ENTERPRISE_EXISTS');
    expect(replayed.status).toBe(409);
    expect(replayed.headers['content-type']).toContain('application/problem+json');
    expect(replayed.body).toEqual(refused.body); // same requestId: the stored answer, not a new one
  });

  it('stores a validation failure and replays it', async () => {
    const key = `key-${tag()}`;
    const bad = { ...bankFields(), uscc: 'not-a-code' };
    const first = await createEnterprise(key, bad);
    const again = await createEnterprise(key, bad);
    expect(first.status).toBe(400);
    expect(again.status).toBe(400);
    expect(again.body).toEqual(first.body);
  });

  it('keeps keys per caller: another caller may use the same key for its own request', async () => {
    const key = `key-${tag()}`;
    const region = await regulator(api.http, admin, '450000');
    const mine = await createEnterprise(key, bankFields());
    const theirs = await createEnterprise(key, bankFields(), region);
    expect(mine.status).toBe(201);
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('forgets a key after its 24 hours', async () => {
    const key = `key-${tag()}`;
    const first = await createEnterprise(key, bankFields());
    await api.app
      .get(DataSource)
      .query(`UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = $1`, [key]);
    const second = await createEnterprise(key, bankFields());
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.body.id);
  });

  it('refuses a malformed key with 400 and changes nothing', async () => {
    const fields = bankFields();
    const response = await createEnterprise('x'.repeat(256), fields);
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field: 'Idempotency-Key' }));
    expect(await enterprisesNamed(fields.name)).toBe(0);
  });

  it('documents the header on authenticated POST operations', async () => {
    const document = (await api.http.get('/docs-json')).body;
    const parameters = document.paths['/api/v1/enterprises'].post.parameters as { name: string; in: string }[];
    expect(parameters).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }));
    const login = document.paths['/api/v1/auth/login'].post.parameters ?? [];
    expect(login).not.toContainEqual(expect.objectContaining({ name: 'Idempotency-Key' }));
  });
});

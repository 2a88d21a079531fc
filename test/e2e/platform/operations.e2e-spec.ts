import { API, startApi, type TestApi } from '../../support/api';
import { adminToken, coreFields } from '../../factories/enterprises';
import { eventually } from '../../support/eventually';

describe('operating the platform', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('answers liveness and readiness at the root, outside /api/v1', async () => {
    expect((await api.http.get('/health/live')).status).toBe(200);
    const ready = await api.http.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.details).toMatchObject({ database: { status: 'up' }, queue: { status: 'up' } });
    expect((await api.http.get(`${API}/health/ready`)).status).toBe(404);
  });

  it('exposes Prometheus metrics for requests, jobs and the outbox', async () => {
    const admin = await adminToken(api.http);
    await api.http.post(`${API}/enterprises`).auth(admin, { type: 'bearer' }).send(coreFields());
    // In queue mode the jobs run in apps/worker, so only this process's relay shows here.
    const jobsHere = process.env.REDIS_URL
      ? /gqt_outbox_pending_events/
      : /gqt_jobs_total\{job="events.handle",outcome="done"\}/;
    const text = await eventually(async () => {
      const body = (await api.http.get('/metrics')).text;
      return jobsHere.test(body) ? body : undefined;
    });
    expect(text).toMatch(/^# TYPE http_request_duration_seconds histogram$/m);
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="POST",route="\/api\/v1\/enterprises",status="201"\}/,
    );
    expect(text).toMatch(/^gqt_outbox_pending_events \d+$/m);
  });

  it("returns the caller's request id, or makes one", async () => {
    const given = await api.http.get('/health/live').set('X-Request-Id', 'trace-42');
    expect(given.headers['x-request-id']).toBe('trace-42');
    const made = await api.http.get(`${API}/nothing-here`);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.body.requestId).toBe(made.headers['x-request-id']);
  });

  it('serves the OpenAPI document with both security schemes', async () => {
    const docs = await api.http.get('/docs-json');
    expect(docs.status).toBe(200);
    expect(docs.body.components.securitySchemes).toMatchObject({
      bearer: { type: 'http', scheme: 'bearer' },
      oauth2: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: '/api/v1/oauth/token' } } },
    });
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/enterprises', '/api/v1/oauth/token']),
    );
    expect((await api.http.get('/docs')).status).toBe(200);
  });

  it('sends security headers and no CORS grant unless configured', async () => {
    const response = await api.http.get('/health/live').set('Origin', 'https://evil.example');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

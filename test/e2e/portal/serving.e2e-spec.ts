import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API, startApi, type TestApi } from '../../support/api';

// The API serves the built portal at `/` (apps/api/src/portal): its files, index.html for the
// portal's own routes, and never the page where the API, its docs or operations answer.
describe('the portal served by the API', () => {
  const portal = mkdtempSync(join(tmpdir(), 'gqt-portal-'));
  const INDEX = '<!doctype html><html lang="zh-CN"><body><div id="root"></div></body></html>';
  let api: TestApi;

  beforeAll(async () => {
    mkdirSync(join(portal, 'assets'));
    writeFileSync(join(portal, 'index.html'), INDEX);
    writeFileSync(join(portal, 'assets', 'index-3f9a0c1d.js'), 'console.log("portal")');
    process.env.PORTAL_DIR = portal;
    api = await startApi();
  });

  afterAll(async () => {
    await api.close();
    delete process.env.PORTAL_DIR;
    rmSync(portal, { recursive: true, force: true });
  });

  it('serves index.html at / and for every client-side route, never cached', async () => {
    for (const path of ['/', '/login', '/sme/receivables/new', '/receivables/5b0c7a3e-2f57-4a83-9c1e-8d6f0a4b2c11']) {
      const page = await api.http.get(path).expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toBe(INDEX);
      expect(page.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves the hashed assets for good', async () => {
    const asset = await api.http.get('/assets/index-3f9a0c1d.js').expect(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers a missing asset with a 404 problem, not the page', async () => {
    const missing = await api.http.get('/assets/index-00000000.js').expect(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('leaves the API, its documentation and operations to the API', async () => {
    const unknown = await api.http.get(`${API}/no-such-resource`).expect(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    const unauthenticated = await api.http.get(`${API}/me`).expect(401);
    expect(unauthenticated.body.code).toBe('UNAUTHENTICATED');
    expect((await api.http.get('/docs-json').expect(200)).body.openapi).toMatch(/^3\./);
    expect((await api.http.get('/docs/').expect(200)).text).toMatch(/swagger/i);
    expect((await api.http.get('/health/live').expect(200)).body.status).toBe('ok');
    for (const path of ['/health/nothing', '/docs/nothing.js', '/metrics/nothing', '/api']) {
      const answer = await api.http.get(path).expect(404);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('answers what is neither the API nor a page with a 404 problem', async () => {
    const post = await api.http.post('/sme/receivables').send({}).expect(404);
    expect(post.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(post.body.code).toBe('NOT_FOUND');
  });

  it("lets the portal's scripts and run-time styles through the content security policy", async () => {
    const page = await api.http.get('/').expect(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).not.toContain('upgrade-insecure-requests');
  });
});

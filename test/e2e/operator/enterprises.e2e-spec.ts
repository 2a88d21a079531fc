import { API, startApi, type TestApi } from '../../support/api';
import { adminToken, coreFields } from '../../factories/enterprises';

describe('operator registers enterprises', () => {
  let api: TestApi;
  let admin: string;

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
  });
  afterAll(() => api.close());

  it('registers a core enterprise and classes it LARGE', async () => {
    const fields = coreFields();
    const response = await api.http.post(`${API}/enterprises`).auth(admin, { type: 'bearer' }).send(fields);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ name: fields.name, uscc: fields.uscc, kind: 'CORE', sizeClass: 'LARGE' });
  });
});

import { randomUUID } from 'node:crypto';
import type { Principal } from '@gqt/platform';
import { ReceivablesFinancingPort } from '@gqt/receivables';
import { API, startApi, type TestApi } from '../../support/api';
import { inContext } from '../../support/in-context';
import {
  adminToken,
  bankFields,
  coreFields,
  enterpriseWithUser,
  regulator,
  smeFields,
  type EnterpriseUser,
} from '../../factories/enterprises';
import { tag } from '../../factories/identifiers';
import { confirmReceivable, confirmedReceivable, day, registerReceivable } from '../../factories/receivables';

describe('who sees which receivables', () => {
  let api: TestApi;
  let admin: string;
  let sme: EnterpriseUser; // Liuzhou creditor
  let core: EnterpriseUser; // Guilin debtor
  let otherSme: EnterpriseUser;
  let otherCore: EnterpriseUser;
  let bank: EnterpriseUser;
  let otherBank: EnterpriseUser;
  let bankClient: string;
  let regulators: Record<'region' | 'liuzhou' | 'guilin' | 'nanning', string>;
  let receivableId: string;

  const smePrincipal = (): Principal => ({
    type: 'user',
    id: randomUUID(),
    name: sme.username,
    role: 'SME',
    enterpriseId: sme.enterprise.id,
    jurisdiction: null,
    scopes: [],
  });

  beforeAll(async () => {
    api = await startApi();
    admin = await adminToken(api.http);
    sme = await enterpriseWithUser(api.http, admin, smeFields('450200'));
    core = await enterpriseWithUser(api.http, admin, coreFields('450300'));
    otherSme = await enterpriseWithUser(api.http, admin, smeFields('450200'));
    otherCore = await enterpriseWithUser(api.http, admin, coreFields('450200'));
    bank = await enterpriseWithUser(api.http, admin, bankFields('450100'));
    otherBank = await enterpriseWithUser(api.http, admin, bankFields('450100'));
    const client = await api.http
      .post(`${API}/enterprises/${bank.enterprise.id}/api-clients`)
      .auth(admin, { type: 'bearer' })
      .send({ name: `core-banking-${tag()}`, scopes: ['receivables:read'] });
    const token = await api.http.post(`${API}/oauth/token`).send({
      grant_type: 'client_credentials',
      client_id: client.body.clientId,
      client_secret: client.body.clientSecret,
    });
    bankClient = token.body.access_token;
    regulators = {
      region: await regulator(api.http, admin, '450000'),
      liuzhou: await regulator(api.http, admin, '450200'),
      guilin: await regulator(api.http, admin, '450300'),
      nanning: await regulator(api.http, admin, '450100'),
    };
    receivableId = (await confirmedReceivable(api.http, sme.token, { token: core.token, uscc: core.enterprise.uscc }))
      .id as string;
    // The SME puts it before the bank in a financing request (what the financing context does).
    await inContext(api.app, () =>
      api.app
        .get(ReceivablesFinancingPort)
        .lockForFinancing(smePrincipal(), [receivableId], randomUUID(), bank.enterprise.id),
    );
  });
  afterAll(() => api.close());

  const read = (token: string, path = '') =>
    api.http.get(`${API}/receivables/${receivableId}${path}`).auth(token, { type: 'bearer' });

  it.each([
    ['the creditor’s user', 200, () => sme.token],
    ['the debtor’s user', 200, () => core.token],
    ['the bank it was put before', 200, () => bank.token],
    ['that bank’s API client', 200, () => bankClient],
    ['the region’s regulator', 200, () => regulators.region],
    ['the regulator of the creditor’s city', 200, () => regulators.liuzhou],
    ['the regulator of the debtor’s city', 200, () => regulators.guilin],
    ['the operator', 200, () => admin],
    ['another SME', 404, () => otherSme.token],
    ['another core enterprise', 404, () => otherCore.token],
    ['another bank', 404, () => otherBank.token],
    ['a regulator of another city', 404, () => regulators.nanning],
  ])('%s: %i', async (_who, status, token) => {
    const one = await read(token());
    expect(one.status).toBe(status);
    const timeline = await read(token(), '/events');
    expect(timeline.status).toBe(status);
    const list = await api.http.get(`${API}/receivables?limit=200`).auth(token(), { type: 'bearer' });
    expect(list.status).toBe(200);
    expect(list.body.items.some((r: { id: string }) => r.id === receivableId)).toBe(status === 200);
  });

  it('shows the bank the live financing request', async () => {
    expect((await read(bank.token)).body.financingRequestId).toEqual(expect.any(String));
  });

  it('filters by role, status, overdue, due dates and counterparty, and pages with a cursor', async () => {
    const mine = (query: string, token = sme.token) =>
      api.http.get(`${API}/receivables?${query}`).auth(token, { type: 'bearer' });
    const pending = await registerReceivable(api.http, sme.token, otherCore.enterprise.uscc, { dueDate: day(10) });
    const overdue = await registerReceivable(api.http, sme.token, core.enterprise.uscc, {
      deliveryDate: day(-60),
      dueDate: day(-5),
    });
    await confirmReceivable(api.http, core.token, overdue.id);

    const ids = (response: { body: { items: { id: string }[] } }) => response.body.items.map((r) => r.id);
    expect(ids(await mine('role=creditor&status=PENDING_CONFIRMATION'))).toEqual([pending.id]);
    expect(ids(await mine('role=debtor'))).toEqual([]);
    expect(ids(await mine('role=debtor', core.token))).toEqual(expect.arrayContaining([receivableId, overdue.id]));
    const late = await mine('overdue=true');
    expect(ids(late)).toEqual([overdue.id]);
    expect(late.body.items[0].daysOverdue).toBe(5);
    expect(ids(await mine('overdue=false'))).not.toContain(overdue.id);
    expect(ids(await mine(`dueFrom=${day(9)}&dueTo=${day(11)}`))).toEqual([pending.id]);
    expect(ids(await mine(`counterpartyId=${otherCore.enterprise.id}`))).toEqual([pending.id]);
    expect((await mine('role=debtor', regulators.region)).status).toBe(400);
    expect((await mine('status=OVERDUE')).status).toBe(400);

    const first = await mine('limit=1');
    const second = await mine(`limit=1&cursor=${encodeURIComponent(first.body.nextCursor as string)}`);
    const third = await mine(`limit=1&cursor=${encodeURIComponent(second.body.nextCursor as string)}`);
    expect(new Set([...ids(first), ...ids(second), ...ids(third)]).size).toBe(3);
    expect(third.body.nextCursor).toBeNull();
    expect((await mine('cursor=garbage')).status).toBe(400);
  });
});

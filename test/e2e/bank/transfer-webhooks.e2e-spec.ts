import { DataSource } from 'typeorm';
import { bankClientToken } from '../../factories/banks';
import {
  adminToken,
  bankFields,
  coreFields,
  enterpriseWithUser,
  smeFields,
  type EnterpriseUser,
} from '../../factories/enterprises';
import { requestFinancing } from '../../factories/financing';
import { confirmedReceivable } from '../../factories/receivables';
import { transfer } from '../../factories/transfers';
import { API, startApi, type TestApi } from '../../support/api';
import { eventually } from '../../support/eventually';
import { WebhookReceiver } from '../../support/webhook-receiver';

interface Bank {
  user: EnterpriseUser;
  api: string;
  receiver: WebhookReceiver;
  subscriptionId: string;
}

/**
 * `receivable.transferred` goes to the banks that see the receivable passed on, those it was put
 * before in a financing request, and to no other (api-contract.md § Transfer and split); it tells
 * them what left the receivable, not to whom.
 */
describe('webhooks of transfers', () => {
  let api: TestApi;
  let db: DataSource;
  let core: EnterpriseUser;
  let smes: EnterpriseUser[];
  let banks: Bank[];

  /** Puts a receivable before a bank (a request, then withdrawn): the bank sees it from then on. */
  async function putBefore(holder: EnterpriseUser, bank: Bank, receivableId: string) {
    const request = await requestFinancing(api.http, holder.token, bank.user.enterprise.id, [receivableId], {
      requestedAmount: '100.00',
      termDays: 10,
    });
    expect(request.status).toBe(201);
    const withdrawn = await api.http
      .post(`${API}/financing-requests/${request.body.id}/withdraw`)
      .auth(holder.token, { type: 'bearer' });
    expect(withdrawn.status).toBe(200);
  }

  /** The banks whose subscriptions got a delivery of the transfer of `receivableId`, once webhooks handled it. */
  async function deliveredTo(receivableId: string): Promise<string[]> {
    const [event] = await eventually(async () => {
      const rows: { id: string }[] = await db.query(
        `SELECT o.id FROM outbox_events o
          WHERE o.aggregate_id = $1 AND o.type = 'receivable.transferred'
            AND EXISTS (SELECT 1 FROM processed_events p WHERE p.event_id = o.id AND p.handler = 'webhooks.receivables')`,
        [receivableId],
      );
      return rows.length > 0 ? rows : undefined;
    });
    const rows: { subscription_id: string }[] = await db.query(
      'SELECT subscription_id FROM webhook_deliveries WHERE event_id = $1',
      [event.id],
    );
    return banks
      .filter((bank) => rows.some((row) => row.subscription_id === bank.subscriptionId))
      .map((bank) => bank.user.enterprise.id);
  }

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    const admin = await adminToken(api.http);
    core = await enterpriseWithUser(api.http, admin, coreFields('450200'));
    smes = await Promise.all(Array.from({ length: 3 }, () => enterpriseWithUser(api.http, admin, smeFields())));
    banks = await Promise.all(
      Array.from({ length: 3 }, async () => {
        const user = await enterpriseWithUser(api.http, admin, bankFields('450100'));
        const token = await bankClientToken(api.http, admin, user.enterprise.id);
        const receiver = await WebhookReceiver.start();
        const subscription = await api.http
          .post(`${API}/webhook-subscriptions`)
          .auth(token, { type: 'bearer' })
          .send({ url: receiver.url, events: ['receivable.transferred'] });
        expect(subscription.status).toBe(201);
        return { user, api: token, receiver, subscriptionId: subscription.body.id };
      }),
    );
  });
  afterAll(async () => {
    await Promise.all(banks.map((bank) => bank.receiver.stop()));
    await api.close();
  });

  it('tells the banks that see the receivable passed on, and only them', async () => {
    const [a, b, c] = smes;
    const [seesRoot, seesPiece, seesNothing] = banks;
    const root = (await confirmedReceivable(
      api.http,
      a.token,
      { token: core.token, uscc: core.enterprise.uscc },
      {
        amount: '50000.00',
      },
    )) as { id: string };
    await putBefore(a, seesRoot, root.id);

    const first = await transfer(api.http, a.token, root.id, b.enterprise.uscc, '30000.00');
    expect(first.status).toBe(201);
    const pieceId = first.body.piece.id as string;
    expect(await deliveredTo(root.id)).toEqual([seesRoot.user.enterprise.id]);

    // The piece's own bank hears of its transfer; the root's bank does not see the piece.
    await putBefore(b, seesPiece, pieceId);
    const second = await transfer(api.http, b.token, pieceId, c.enterprise.uscc, '10000.00');
    expect(second.status).toBe(201);
    expect(await deliveredTo(pieceId)).toEqual([seesPiece.user.enterprise.id]);

    const [delivery] = await eventually(async () =>
      seesRoot.receiver.received.length > 0 ? seesRoot.receiver.received : undefined,
    );
    expect(delivery.headers['x-gqt-event']).toBe('receivable.transferred');
    const body = JSON.parse(delivery.body);
    expect(body.data).toMatchObject({
      receivableId: root.id,
      creditorId: a.enterprise.id,
      debtorId: core.enterprise.id,
      pieceId,
      rootId: root.id,
      amount: '30000.00',
      outstandingAmount: '20000.00',
      status: 'CONFIRMED',
    });
    // To whom it went is not the bank's to know: it does not see the piece.
    expect(delivery.body).not.toContain(b.enterprise.id);
    expect((await api.http.get(`${API}/receivables/${pieceId}`).auth(seesRoot.api, { type: 'bearer' })).status).toBe(
      404,
    );
    expect(seesNothing.receiver.received).toEqual([]);
  });
});

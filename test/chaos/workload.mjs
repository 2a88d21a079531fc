// The business a chaos run drives: SMEs register receivables, core enterprises confirm, dispute
// and pay them, SMEs pledge them to the bank (sometimes two requests racing for one receivable),
// and the bank approves, disburses and records repayment. Every answer the platform gives is
// written into a model of what must now be in the database; invariants compare the two.
import { randomInt } from 'node:crypto';
import { day, invoiceNumber, tag, uscc } from '../../bench/lib.mjs';
// Everything the bank may hear of, from the build the run starts (api-contract.md § Webhooks).
import { WEBHOOK_EVENT_TYPES } from '../../dist/libs/webhooks/src/domain/event-types.js';

const FIELDS = {
  CORE: { industry: 'INDUSTRY', employees: 12000, annualRevenue: '8000000000.00', ownership: 'STATE_OWNED' },
  SME: { industry: 'INDUSTRY', employees: 85, annualRevenue: '26000000.00', ownership: 'PRIVATE' },
  BANK: { industry: 'OTHER', employees: 3000, annualRevenue: '5000000000.00', ownership: 'STATE_OWNED' },
};
const ROLE = { CORE: 'CORE_ENTERPRISE', SME: 'SME', BANK: 'BANK' };

// How often each story is told: [story, weight].
const STORIES = [
  ['pay', 30],
  ['partial', 15],
  ['finance', 25],
  ['race', 15],
  ['dispute', 8],
  ['cancel', 7],
];

const yuan = (fen) => `${(fen / 100n).toString()}.${(fen % 100n).toString().padStart(2, '0')}`;

/** What the platform's answers say the database now holds. */
export class Model {
  receivables = new Map(); // id → {status, amountFen, confirmedFen, paidFen, payments: [{reference, fen}]}
  financing = new Map(); // id → {status, receivableId}
  /** Answers that were not the ones the story expected (must stay empty). */
  unexpected = [];
  /** Keyed POSTs, for the replay check: {path, body, token, key, status, answer, inDoubt}. */
  writes = [];
}

export async function login(client, username, password) {
  const { status, body } = await client.send('POST', '/auth/login', { body: { username, password } });
  if (status !== 200) throw new Error(`login ${username}: ${status} ${JSON.stringify(body)}`);
  return body.accessToken;
}

async function party(client, admin, kind, cityCode) {
  const enterprise = await client.post('/enterprises', {
    token: admin,
    body: { name: `混沌测试 ${kind} ${tag()}`, uscc: uscc(cityCode), kind, cityCode, ...FIELDS[kind] },
  });
  if (enterprise.status !== 201) throw new Error(`enterprise: ${enterprise.status} ${JSON.stringify(enterprise.body)}`);
  const username = `chaos-${tag()}`;
  const password = `Pw-${tag()}-x9!`;
  const user = await client.post('/users', {
    token: admin,
    body: { username, password, role: ROLE[kind], enterpriseId: enterprise.body.id },
  });
  if (user.status !== 201) throw new Error(`user: ${user.status} ${JSON.stringify(user.body)}`);
  return { enterprise: enterprise.body, token: await login(client, username, password) };
}

/** The parties: two core enterprises, one bank (subscribed to every webhook), an SME per client. */
export async function setUp(client, { admin, clients, webhookUrl }) {
  const cores = [await party(client, admin, 'CORE', '450200'), await party(client, admin, 'CORE', '450100')];
  const bank = await party(client, admin, 'BANK', '450100');
  const smes = [];
  for (let i = 0; i < clients; i += 1) smes.push(await party(client, admin, 'SME', i % 2 ? '450200' : '450300'));
  const subscription = await client.post('/webhook-subscriptions', {
    token: bank.token,
    body: { url: webhookUrl, events: WEBHOOK_EVENT_TYPES },
  });
  if (subscription.status !== 201) throw new Error(`subscription: ${subscription.status}`);
  return { cores, bank, smes, subscription: subscription.body };
}

function pickStory() {
  const total = STORIES.reduce((sum, [, weight]) => sum + weight, 0);
  let at = randomInt(total);
  for (const [story, weight] of STORIES) {
    if (at < weight) return story;
    at -= weight;
  }
  return STORIES[0][0];
}

/** One client: stories, one after the other, until `until()` says stop. */
export async function runClient(client, model, parties, index, until) {
  const sme = parties.smes[index];
  const core = parties.cores[index % parties.cores.length];
  const bank = parties.bank;
  let stories = 0;

  /** A write whose answer must be `status`; anything else is recorded and ends the story. */
  const write = async (path, token, body, status, alsoAcceptable = []) => {
    const result = await client.post(path, { token, body });
    model.writes.push({
      path,
      body,
      token,
      key: result.key,
      status: result.status,
      answer: result.body,
      inDoubt: result.inDoubt,
    });
    const fine = result.status === status || alsoAcceptable.some((code) => result.body?.code === code);
    if (!fine) {
      model.unexpected.push({
        path,
        expected: status,
        status: result.status,
        body: result.body,
        inDoubt: result.inDoubt,
      });
      throw new StoryEnded();
    }
    return result;
  };

  const pay = async (id, fen, suffix) => {
    const reference = `CHAOS-${tag()}-${suffix}`;
    await write(`/receivables/${id}/payments`, core.token, { amount: yuan(fen), paidOn: day(0), reference }, 201);
    const receivable = model.receivables.get(id);
    receivable.paidFen += fen;
    receivable.payments.push({ reference, fen });
    if (receivable.paidFen === receivable.confirmedFen) receivable.status = 'SETTLED';
  };

  const financingRequest = (id, fen) => ({
    receivableIds: [id],
    bankId: bank.enterprise.id,
    requestedAmount: yuan((fen * 7n) / 10n),
    termDays: 30,
  });

  while (!until()) {
    stories += 1;
    const story = pickStory();
    const amountFen = BigInt(5_000_000 + randomInt(50_000_000));
    const issued = day(-3);
    try {
      const registered = await write(
        '/receivables',
        sme.token,
        {
          debtorUscc: core.enterprise.uscc,
          contractNo: `HT-CHAOS-${tag()}`,
          invoices: [{ number: invoiceNumber(issued), amount: yuan(amountFen), issueDate: issued }],
          amount: yuan(amountFen),
          deliveryDate: issued,
          dueDate: day(90),
        },
        201,
      );
      const id = registered.body.id;
      const receivable = { status: 'PENDING_CONFIRMATION', amountFen, confirmedFen: null, paidFen: 0n, payments: [] };
      model.receivables.set(id, receivable);
      if (story === 'cancel') {
        await write(`/receivables/${id}/cancel`, sme.token, {}, 200);
        receivable.status = 'CANCELLED';
        continue;
      }
      if (story === 'dispute') {
        await write(`/receivables/${id}/dispute`, core.token, { reason: '货物数量与合同不符' }, 200);
        receivable.status = 'DISPUTED';
        continue;
      }
      const confirmedFen = story === 'partial' ? (amountFen * 8n) / 10n : amountFen;
      await write(
        `/receivables/${id}/confirm`,
        core.token,
        story === 'partial' ? { confirmedAmount: yuan(confirmedFen), reason: '部分货物待验收' } : {},
        200,
      );
      Object.assign(receivable, { status: 'CONFIRMED', confirmedFen });
      if (story === 'partial') {
        const half = confirmedFen / 2n;
        await pay(id, half, 'A');
        await pay(id, confirmedFen - half, 'B');
        continue;
      }
      if (story === 'finance') {
        const request = await write('/financing-requests', sme.token, financingRequest(id, confirmedFen), 201);
        const financing = { status: 'SUBMITTED', receivableId: id };
        model.financing.set(request.body.id, financing);
        const approved = yuan((confirmedFen * 6n) / 10n);
        await write(
          `/financing-requests/${request.body.id}/approve`,
          bank.token,
          { approvedAmount: approved, annualRate: '0.0435', termDays: 30 },
          200,
        );
        financing.status = 'APPROVED';
        await write(
          `/financing-requests/${request.body.id}/disburse`,
          bank.token,
          { loanReference: `LN-${tag()}`, disbursedOn: day(0), pledgeRegistrationNo: `ZD${randomInt(1e9)}` },
          200,
        );
        financing.status = 'DISBURSED';
        await write(`/financing-requests/${request.body.id}/repay`, bank.token, { repaidOn: day(0) }, 200);
        financing.status = 'REPAID';
      }
      if (story === 'race') {
        // Two requests for one receivable at once: exactly one may be live.
        const body = financingRequest(id, confirmedFen);
        const racers = await Promise.all([
          client.post('/financing-requests', { token: sme.token, body }),
          client.post('/financing-requests', { token: sme.token, body }),
        ]);
        for (const racer of racers) {
          model.writes.push({
            path: '/financing-requests',
            body,
            token: sme.token,
            key: racer.key,
            status: racer.status,
            answer: racer.body,
            inDoubt: racer.inDoubt,
          });
        }
        const winners = racers.filter((racer) => racer.status === 201);
        const losers = racers.filter(
          (racer) => racer.status === 409 && racer.body?.code === 'RECEIVABLE_ALREADY_PLEDGED',
        );
        if (winners.length !== 1 || losers.length !== 1) {
          model.unexpected.push({ path: '/financing-requests (race)', statuses: racers.map((r) => r.status) });
          for (const winner of winners) model.financing.set(winner.body.id, { status: 'SUBMITTED', receivableId: id });
          continue;
        }
        const financing = { status: 'SUBMITTED', receivableId: id };
        model.financing.set(winners[0].body.id, financing);
        await write(`/financing-requests/${winners[0].body.id}/withdraw`, sme.token, {}, 200);
        financing.status = 'WITHDRAWN';
      }
      await pay(id, confirmedFen, 'FULL');
    } catch (error) {
      if (!(error instanceof StoryEnded)) throw error;
    }
  }
  return stories;
}

class StoryEnded extends Error {}

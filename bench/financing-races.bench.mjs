// Pledge financing under races (issue 4): many SMEs' requests for the same receivable, and
// requests for several receivables crossing each other. Figures: outcome counts and latency.
import { client, day, invoiceNumber, percentile, round, tag, uscc } from './lib.mjs';

const RACERS = 50;
const RACE_ROUNDS = 5;
const RING = 16;
const CROSSED_ROUNDS = 3;

export async function run({ base, admin }) {
  const { call, must } = client(base);
  const adminToken = (await must('POST', '/auth/login', { body: admin }, 200)).accessToken;
  const party = async (kind, role, cityCode, extra) => {
    const enterprise = await must(
      'POST',
      '/enterprises',
      {
        token: adminToken,
        body: {
          name: `bench ${kind} ${tag()}`,
          uscc: uscc(cityCode),
          kind,
          cityCode,
          ...extra,
        },
      },
      201,
    );
    const user = { username: `bench-${tag()}`, password: `Pw-${tag()}-x9!` };
    await must('POST', '/users', { token: adminToken, body: { ...user, role, enterpriseId: enterprise.id } }, 201);
    return { enterprise, token: (await must('POST', '/auth/login', { body: user }, 200)).accessToken };
  };
  const core = await party('CORE', 'CORE_ENTERPRISE', '450200', {
    industry: 'INDUSTRY',
    employees: 12000,
    annualRevenue: '8000000000.00',
  });
  const sme = await party('SME', 'SME', '450200', {
    industry: 'INDUSTRY',
    employees: 85,
    annualRevenue: '26000000.00',
  });
  const bank = await party('BANK', 'BANK', '450100', {
    industry: 'OTHER',
    employees: 3000,
    annualRevenue: '5000000000.00',
  });

  const receivable = async () => {
    const issued = day(-5);
    const created = await must(
      'POST',
      '/receivables',
      {
        token: sme.token,
        body: {
          debtorUscc: core.enterprise.uscc,
          contractNo: `HT-${tag()}`,
          invoices: [{ number: invoiceNumber(issued), amount: '100000.00', issueDate: issued }],
          amount: '100000.00',
          deliveryDate: issued,
          dueDate: day(60),
        },
      },
      201,
    );
    await must('POST', `/receivables/${created.id}/confirm`, { token: core.token, body: {} }, 200);
    return created.id;
  };
  const request = (ids) =>
    call('POST', '/financing-requests', {
      token: sme.token,
      body: {
        receivableIds: ids,
        bankId: bank.enterprise.id,
        requestedAmount: '1000.00',
        termDays: 30,
      },
    });

  const races = { rounds: RACE_ROUNDS, racers: RACERS, created: 0, refused: 0, other: 0, latenciesMs: [], roundMs: [] };
  for (let i = 0; i < RACE_ROUNDS; i += 1) {
    const id = await receivable();
    const started = performance.now();
    const responses = await Promise.all(Array.from({ length: RACERS }, () => request([id])));
    races.roundMs.push(performance.now() - started);
    for (const r of responses) {
      races.latenciesMs.push(r.ms);
      if (r.status === 201) races.created += 1;
      else if (r.status === 409 && r.body.code === 'RECEIVABLE_ALREADY_PLEDGED') races.refused += 1;
      else races.other += 1;
    }
  }

  const crossed = {
    rounds: CROSSED_ROUNDS,
    requestsPerRound: RING * 4,
    created: 0,
    refused: 0,
    serverErrors: 0,
    other: 0,
    latenciesMs: [],
    roundMs: [],
  };
  for (let i = 0; i < CROSSED_ROUNDS; i += 1) {
    const ring = await Promise.all(Array.from({ length: RING }, () => receivable()));
    const sets = ring.flatMap((id, k) => {
      const next = ring[(k + 1) % RING];
      return [
        [id, next],
        [next, id],
        [id, next],
        [next, id],
      ];
    });
    const started = performance.now();
    const responses = await Promise.all(sets.map(request));
    crossed.roundMs.push(performance.now() - started);
    for (const r of responses) {
      crossed.latenciesMs.push(r.ms);
      if (r.status === 201) crossed.created += 1;
      else if (r.status === 409) crossed.refused += 1;
      else if (r.status >= 500) crossed.serverErrors += 1;
      else crossed.other += 1;
    }
  }

  const summary = (s) => ({
    p50Ms: round(percentile(s.latenciesMs, 50)),
    p95Ms: round(percentile(s.latenciesMs, 95)),
    maxMs: round(Math.max(...s.latenciesMs)),
    slowestRoundMs: round(Math.max(...s.roundMs)),
  });
  const racesSummary = { ...races, latenciesMs: undefined, roundMs: undefined, ...summary(races) };
  const crossedSummary = { ...crossed, latenciesMs: undefined, roundMs: undefined, ...summary(crossed) };
  return {
    title: 'Pledge financing under races',
    figures: { races: racesSummary, crossed: crossedSummary },
    markdown: [
      '| Scenario | Requests | 201 | 409 | 5xx / other | p50 | p95 | max | slowest round |',
      '|---|---|---|---|---|---|---|---|---|',
      `| ${RACERS} requests for one receivable, ${RACE_ROUNDS} rounds | ${RACERS * RACE_ROUNDS} | ${races.created} | ${races.refused} | ${races.other} | ${racesSummary.p50Ms} ms | ${racesSummary.p95Ms} ms | ${racesSummary.maxMs} ms | ${racesSummary.slowestRoundMs} ms |`,
      `| crossed pairs over a ring of ${RING}, ${CROSSED_ROUNDS} rounds | ${RING * 4 * CROSSED_ROUNDS} | ${crossed.created} | ${crossed.refused} | ${crossed.serverErrors} / ${crossed.other} | ${crossedSummary.p50Ms} ms | ${crossedSummary.p95Ms} ms | ${crossedSummary.maxMs} ms | ${crossedSummary.slowestRoundMs} ms |`,
      '',
      'Expected: exactly one 201 per receivable race; no 5xx for crossed requests (locks taken in id order never deadlock).',
    ],
  };
}

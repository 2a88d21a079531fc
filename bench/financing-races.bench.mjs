// Pledge financing under races (issue 4): many requests for the same receivable, and requests for
// several receivables crossing each other. Figures: outcome counts and latency; no assertions.
import {
  call,
  day,
  enterpriseWithUser,
  invoiceNumber,
  login,
  percentiles,
  send,
  startServer,
  tag,
  ADMIN_PASSWORD,
} from './lib.mjs';

export const name = 'financing-races';
export const title = 'Pledge financing under races';

const RACERS = 50;
const RACE_ROUNDS = 5;
const RING = 16;
const CROSSED_ROUNDS = 3;

export async function run({ target, postgresUrl }) {
  const server = await startServer({ target, postgresUrl });
  try {
    const { api } = server;
    const admin = await login(api, 'admin', ADMIN_PASSWORD);
    const core = await enterpriseWithUser(api, admin, 'CORE');
    const sme = await enterpriseWithUser(api, admin, 'SME');
    const bank = await enterpriseWithUser(api, admin, 'BANK', '450100');

    const confirmedReceivable = async () => {
      const issued = day(-5);
      const created = await call(api, 'POST', '/receivables', {
        token: sme.token,
        body: {
          debtorUscc: core.enterprise.uscc,
          contractNo: `HT-${tag()}`,
          invoices: [{ number: invoiceNumber(issued), amount: '100000.00', issueDate: issued }],
          amount: '100000.00',
          deliveryDate: issued,
          dueDate: day(60),
        },
      });
      await call(api, 'POST', `/receivables/${created.id}/confirm`, { token: core.token, body: {} });
      return created.id;
    };
    const request = (receivableIds) =>
      send(api, 'POST', '/financing-requests', {
        token: sme.token,
        body: { receivableIds, bankId: bank.enterprise.id, requestedAmount: '1000.00', termDays: 30 },
      });

    const races = { created: 0, refused: 0, other: 0, latencies: [], rounds: [] };
    for (let round = 0; round < RACE_ROUNDS; round += 1) {
      const id = await confirmedReceivable();
      const started = performance.now();
      const responses = await Promise.all(Array.from({ length: RACERS }, () => request([id])));
      races.rounds.push(performance.now() - started);
      for (const r of responses) {
        races.latencies.push(r.ms);
        if (r.status === 201) races.created += 1;
        else if (r.status === 409 && r.body.code === 'RECEIVABLE_ALREADY_PLEDGED') races.refused += 1;
        else races.other += 1;
      }
    }

    const crossed = { created: 0, refused: 0, serverErrors: 0, other: 0, latencies: [], rounds: [] };
    for (let round = 0; round < CROSSED_ROUNDS; round += 1) {
      const ring = await Promise.all(Array.from({ length: RING }, () => confirmedReceivable()));
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
      crossed.rounds.push(performance.now() - started);
      for (const r of responses) {
        crossed.latencies.push(r.ms);
        if (r.status === 201) crossed.created += 1;
        else if (r.status === 409) crossed.refused += 1;
        else if (r.status >= 500) crossed.serverErrors += 1;
        else crossed.other += 1;
      }
    }

    const figures = ({ latencies, rounds, ...counts }) => ({
      ...counts,
      latencyMs: percentiles(latencies),
      slowestRoundMs: Math.round(Math.max(...rounds)),
    });
    return {
      races: { racers: RACERS, rounds: RACE_ROUNDS, ...figures(races) },
      crossed: { ring: RING, rounds: CROSSED_ROUNDS, requests: RING * 4 * CROSSED_ROUNDS, ...figures(crossed) },
    };
  } finally {
    await server.dispose();
  }
}

export function markdown(report) {
  const rows = Object.entries(report.results).flatMap(([target, { races, crossed }]) => [
    `| ${target} | ${races.racers} requests for one receivable × ${races.rounds} | ${races.created} | ${races.refused} | ${races.other} | ${races.latencyMs.p50} | ${races.latencyMs.p99} | ${races.slowestRoundMs} |`,
    `| ${target} | crossed pairs over a ring of ${crossed.ring} × ${crossed.rounds} | ${crossed.created} | ${crossed.refused} | ${crossed.serverErrors} / ${crossed.other} | ${crossed.latencyMs.p50} | ${crossed.latencyMs.p99} | ${crossed.slowestRoundMs} |`,
  ]);
  return [
    `# ${report.title}`,
    '',
    `${report.ranAt}, Node ${report.machine.node}, ${report.machine.cpus} CPUs`,
    '',
    '| Database | Scenario | 201 | 409 | 5xx / other | p50 ms | p99 ms | slowest round ms |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    'Expected: exactly one 201 per single-receivable race; no 5xx for crossed requests (locks taken in id order never deadlock).',
    '',
  ].join('\n');
}

// Memory under a storm (issue 12): the API's resident set size through 10,000 requests of the
// kinds the fuzzer sends (reads as each role, writes, refused and hostile requests), in two halves
// of 5,000. Growth that stops after the first half is a cache filling up to its bound; growth that
// goes on in the second half as in the first would be a leak. RSS is read from /proc. On the
// embedded database the storm runs twice, side by side: with PGlite's own 128MB of shared buffers
// (what the API had before issue 12) and with the API's default (EMBEDDED_SHARED_BUFFERS).
import { readFileSync } from 'node:fs';
import { ADMIN_PASSWORD, call, enterpriseWithUser, login, startServer, day, invoiceNumber, tag } from './lib.mjs';

export const name = 'memory-storm';
export const title = 'Memory: API resident set size through a 10,000-request storm';

const HALF = 5_000;
const CONCURRENCY = 8;
const LIMIT_MB = 150;

const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

async function storm(server, tokens, count) {
  const { admin, sme, core, debtorUscc } = tokens;
  const deep = '['.repeat(2500) + ']'.repeat(2500);
  const kinds = [
    () => fetch(`${server.api}/receivables?limit=50`, { headers: { authorization: `Bearer ${sme}` } }),
    () => fetch(`${server.api}/enterprises?limit=50`, { headers: { authorization: `Bearer ${admin}` } }),
    () => fetch(`${server.api}/monitoring/overdue?asOf=${day(0)}`, { headers: { authorization: `Bearer ${core}` } }),
    () => fetch(`${server.api}/me`, { headers: { authorization: `Bearer ${core}` } }),
    () => fetch(`${server.api}/me`, { headers: { authorization: 'Bearer forged.token.here' } }),
    () => fetch(`${server.api}/receivables?contractNo=a%00b`, { headers: { authorization: `Bearer ${sme}` } }),
    () =>
      fetch(`${server.api}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: deep,
      }),
    () => fetch(`${server.api}/oauth/token`, { method: 'POST' }),
    () => {
      const issueDate = day(-10);
      return fetch(`${server.api}/receivables`, {
        method: 'POST',
        headers: { authorization: `Bearer ${sme}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          debtorUscc,
          contractNo: `HT-${tag()}`,
          invoices: [{ number: invoiceNumber(issueDate), amount: '1000.00', issueDate }],
          amount: '1000.00',
          deliveryDate: issueDate,
          dueDate: day(50),
          description: '货物已交付 '.repeat(20),
        }),
      });
    },
  ];
  let sent = 0;
  let fiveHundreds = 0;
  let peak = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < count) {
        const kind = kinds[sent++ % kinds.length];
        const response = await kind();
        await response.arrayBuffer();
        if (response.status >= 500) fiveHundreds += 1;
        if (sent % 250 === 0) peak = Math.max(peak, rssMb(server.pid));
      }
    }),
  );
  return { fiveHundreds, peak, perSecond: count / ((performance.now() - started) / 1000) };
}

export async function run({ target, postgresUrl }) {
  const settings = target === 'embedded' ? ['128MB', 'default'] : ['default'];
  const results = {};
  for (const setting of settings) results[setting] = await measure({ target, postgresUrl, setting });
  return results;
}

async function measure({ target, postgresUrl, setting }) {
  const env = setting === 'default' ? {} : { EMBEDDED_SHARED_BUFFERS: setting };
  const server = await startServer({ target, postgresUrl, env });
  try {
    const admin = await login(server.api, 'admin', ADMIN_PASSWORD);
    const smeUser = await enterpriseWithUser(server.api, admin, 'SME');
    const coreUser = await enterpriseWithUser(server.api, admin, 'CORE');
    const tokens = { admin, sme: smeUser.token, core: coreUser.token, debtorUscc: coreUser.enterprise.uscc };
    await call(server.api, 'GET', '/me', { token: admin });
    const start = rssMb(server.pid);
    const first = await storm(server, tokens, HALF);
    const afterFirst = rssMb(server.pid);
    const second = await storm(server, tokens, HALF);
    const end = rssMb(server.pid);
    const round = (mb) => Math.round(mb);
    return {
      requests: 2 * HALF,
      fiveHundreds: first.fiveHundreds + second.fiveHundreds,
      rssStartMb: round(start),
      rssAfterFirstHalfMb: round(afterFirst),
      rssEndMb: round(end),
      rssPeakMb: round(Math.max(first.peak, second.peak, end)),
      growthMb: round(Math.max(first.peak, second.peak, end) - start),
      firstHalfGrowthMb: round(afterFirst - start),
      secondHalfGrowthMb: round(end - afterFirst),
      withinLimit: Math.max(first.peak, second.peak, end) - start <= LIMIT_MB,
      requestsPerSecond: Math.round((first.perSecond + second.perSecond) / 2),
    };
  } finally {
    await server.dispose();
  }
}

export function markdown(report) {
  const rows = Object.entries(report.results).flatMap(([target, bySetting]) =>
    Object.entries(bySetting).map(
      ([setting, r]) =>
        `| ${target} | ${setting} | ${r.requests} | ${r.fiveHundreds} | ${r.requestsPerSecond} | ${r.rssStartMb} | ${r.rssAfterFirstHalfMb} | ${r.rssEndMb} | ${r.rssPeakMb} | ${r.growthMb} (${r.firstHalfGrowthMb} + ${r.secondHalfGrowthMb}) | ${r.withinLimit ? 'yes' : 'NO'} |`,
    ),
  );
  return [
    `# ${report.title}`,
    '',
    `Ran ${report.ranAt} on ${report.machine.cpus} cores (shared machine), Node ${report.machine.node}. Limit: peak − start ≤ ${LIMIT_MB} MB.`,
    '',
    '| database | shared buffers | requests | 5xx | req/s | RSS start MB | after 5,000 | after 10,000 | peak | growth (1st + 2nd half) | within limit |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

// Payables monitoring at scale (issue 6): seeds 1,000,000 receivables into monitoring's read model
// on PostgreSQL (multi-row INSERT … SELECT on the server), starts the built API on that database
// and times over HTTP, one request after another, the aging reports, the overdue list, past days,
// the trend and a scorecard, and the nightly snapshot of a day. PostgreSQL only.
import pg from 'pg';
import { ADMIN_PASSWORD, call, day, login, startServer } from './lib.mjs';

export const name = 'monitoring';
export const title = 'Payables monitoring: aging, overdue list, trend and snapshots at 1,000,000 receivables';

const RECEIVABLES = Number(process.env.BENCH_RECEIVABLES ?? 1_000_000);
const DEBTORS = 3_000;
const CREDITORS = 50_000;
const CITY = '450200';
/** Debtor number 0: the skew of the seed makes it the one that owes most often. */
const LARGEST_DEBTOR = '00000000-0000-4000-8000-000000000000';
const RUNS = 50;
const WARMUP = 5;

/**
 * The seed, in SQL on the server (multi-row INSERT … SELECT, no round trips): receivables delivered
 * evenly over two years, terms of 30 to 90 days, big debtors owing more often than small ones. Of
 * the confirmed ones 70 % are paid on time, 20 % late (part first), 4 % never (a part paid); 2 %
 * are cancelled, 2 % disputed, 2 % wait for confirmation. Overdue ones were noticed long ago.
 */
function seedSql(today) {
  const day = `'${today}'::date`;
  return [
    `INSERT INTO monitoring_parties (enterprise_id, name, city_code)
     SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
            '示范核心企业' || lpad(n::text, 4, '0') || '有限公司', (450100 + (n % 14) * 100)::text
       FROM generate_series(0, ${DEBTORS - 1}) n`,
    `INSERT INTO monitoring_parties (enterprise_id, name, city_code)
     SELECT ('00000000-0000-4000-9000-' || lpad(to_hex(n), 12, '0'))::uuid,
            '示范供应商' || lpad(n::text, 5, '0') || '有限公司', (450100 + ((n * 7) % 14) * 100)::text
       FROM generate_series(0, ${CREDITORS - 1}) n`,
    `CREATE UNLOGGED TABLE bench_seed AS
     SELECT gen_random_uuid() AS id, i, d, c, amount, delivery, delivery + term AS due, h,
            CASE WHEN h < 2 THEN 'CANCELLED' WHEN h < 4 THEN 'DISPUTED' WHEN h < 6 THEN 'PENDING_CONFIRMATION'
                 WHEN h < 76 THEN 'ON_TIME' WHEN h < 96 THEN 'LATE' ELSE 'NEVER' END AS behaviour,
            CASE WHEN h >= 6 AND h < 76 THEN delivery + term - (h % 10)
                 WHEN h >= 76 AND h < 96 THEN delivery + term + 1 + ((i * 31) % 120)::int END AS pays_on
       FROM (SELECT i,
                    floor(${DEBTORS} * power(((i * 2654435761) % 4294967296) / 4294967296.0, 2))::int AS d,
                    ((i * 40503) % ${CREDITORS})::int AS c,
                    100000 + (i * 9973) % 199900000 AS amount,
                    ${day} - (i % 730)::int AS delivery,
                    30 + ((i / 7) % 5)::int * 15 AS term,
                    ((i * 7919) % 100)::int AS h
               FROM generate_series(1::bigint, ${RECEIVABLES}::bigint) i) base`,
    `ALTER TABLE bench_seed ADD COLUMN settled_on date, ADD COLUMN part_fen bigint, ADD COLUMN part_on date`,
    `UPDATE bench_seed SET
       settled_on = CASE WHEN pays_on <= ${day} THEN pays_on END,
       part_fen = CASE WHEN behaviour = 'LATE' AND due + 5 <= ${day} AND due + 5 < pays_on THEN amount * 4 / 10
                       WHEN behaviour = 'NEVER' AND due + 10 <= ${day} THEN amount * 3 / 10 END,
       part_on = CASE WHEN behaviour = 'LATE' THEN due + 5 WHEN behaviour = 'NEVER' THEN due + 10 END`,
    `INSERT INTO monitoring_receivables (receivable_id, creditor_id, debtor_id, creditor_city_code, debtor_city_code,
       debtor_industry, contract_no, status, amount_fen, confirmed_fen, paid_fen, outstanding_fen, delivery_date,
       due_date, due_date_confirmed, late_interest_rate, registered_at, confirmed_at, settled_on, overdue_notice_id,
       overdue_noticed_on)
     SELECT s.id, ('00000000-0000-4000-9000-' || lpad(to_hex(s.c), 12, '0'))::uuid,
            ('00000000-0000-4000-8000-' || lpad(to_hex(s.d), 12, '0'))::uuid,
            (450100 + ((s.c * 7) % 14) * 100)::text, (450100 + (s.d % 14) * 100)::text,
            (ARRAY['INDUSTRY','CONSTRUCTION','WHOLESALE','RETAIL','TRANSPORT','WAREHOUSING','POSTAL','HOSPITALITY',
                   'INFORMATION_TRANSMISSION','SOFTWARE_IT','REAL_ESTATE','PROPERTY_MANAGEMENT',
                   'LEASING_BUSINESS_SERVICES','AGRICULTURE','OTHER'])[1 + s.d % 15],
            'HT-' || s.i, st.status, s.amount,
            CASE WHEN st.status IN ('CONFIRMED', 'SETTLED') THEN s.amount END,
            st.paid, CASE WHEN st.status = 'CONFIRMED' THEN s.amount - st.paid ELSE 0 END,
            s.delivery, s.due, s.h >= 6, CASE WHEN s.h % 10 = 0 THEN 0.0435 END,
            s.delivery + time '10:00', s.delivery + (s.h % 5) * interval '1 day' + interval '14 hours',
            s.settled_on,
            CASE WHEN s.due < ${day} AND (st.status = 'CONFIRMED' OR s.settled_on > s.due) THEN gen_random_uuid() END,
            CASE WHEN s.due < ${day} AND (st.status = 'CONFIRMED' OR s.settled_on > s.due) THEN s.due + 1 END
       FROM bench_seed s
      CROSS JOIN LATERAL (SELECT
              CASE WHEN s.h < 2 THEN 'CANCELLED' WHEN s.h < 4 THEN 'DISPUTED' WHEN s.h < 6 THEN 'PENDING_CONFIRMATION'
                   WHEN s.settled_on IS NOT NULL THEN 'SETTLED' ELSE 'CONFIRMED' END AS status,
              CASE WHEN s.settled_on IS NOT NULL THEN s.amount ELSE coalesce(s.part_fen, 0) END AS paid) st`,
    `INSERT INTO monitoring_payments (payment_id, receivable_id, amount_fen, paid_on)
     SELECT gen_random_uuid(), id, part_fen, part_on FROM bench_seed WHERE part_fen > 0
     UNION ALL
     SELECT gen_random_uuid(), id, amount - coalesce(part_fen, 0), settled_on FROM bench_seed WHERE settled_on IS NOT NULL`,
    `INSERT INTO monitoring_open_totals (grouping, group_key, due_date, receivables, outstanding_fen)
     SELECT 'city', debtor_city_code, due_date, count(*), sum(outstanding_fen) FROM monitoring_receivables
      WHERE status = 'CONFIRMED' AND outstanding_fen > 0 GROUP BY 2, 3
     UNION ALL
     SELECT 'industry', debtor_industry, due_date, count(*), sum(outstanding_fen) FROM monitoring_receivables
      WHERE status = 'CONFIRMED' AND outstanding_fen > 0 GROUP BY 2, 3`,
    'DROP TABLE bench_seed',
    // The largest debtor as an enterprise of its own, for its scorecard.
    `INSERT INTO enterprises (id, name, uscc, kind, city_code, industry, employees, annual_revenue, size_class)
     VALUES ('${LARGEST_DEBTOR}', '示范核心企业0000有限公司', '91450100MA5K00004P', 'CORE', '450100', 'INDUSTRY',
             12000, 8000000000, 'LARGE')`,
  ];
}

async function seed(databaseUrl, today) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const started = Date.now();
    await db.query('BEGIN');
    for (const statement of seedSql(today)) await db.query(statement);
    await db.query('COMMIT');
    const seedMs = Date.now() - started;
    await db.query('VACUUM ANALYZE');
    const [counts] = (
      await db.query(
        `SELECT count(*)::int AS receivables,
                count(*) FILTER (WHERE status = 'CONFIRMED' AND outstanding_fen > 0)::int AS live,
                count(*) FILTER (WHERE status = 'CONFIRMED' AND outstanding_fen > 0 AND due_date < $1)::int AS overdue,
                (SELECT count(*)::int FROM monitoring_payments) AS payments,
                (SELECT sum(outstanding_fen)::text FROM monitoring_receivables
                  WHERE status = 'CONFIRMED' AND outstanding_fen > 0) AS outstanding_fen
           FROM monitoring_receivables`,
        [today],
      )
    ).rows;
    return { ...counts, seedMs };
  } finally {
    await db.end();
  }
}

async function snapshotMs(databaseUrl, date) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { rows } = await db.query('SELECT duration_ms FROM monitoring_snapshot_days WHERE snapshot_date = $1', [date]);
  await db.end();
  return rows[0]?.duration_ms;
}

/** p50, p95 and max of latencies in ms (the targets are p95). */
function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const round = (v) => Math.round(v * 10) / 10;
  return { runs: sorted.length, p50: round(at(50)), p95: round(at(95)), max: round(sorted[sorted.length - 1]) };
}

async function timed(action, runs = RUNS) {
  for (let i = 0; i < WARMUP; i += 1) await action();
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await action();
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

async function waitForJob(api, admin, jobId) {
  for (;;) {
    const job = await call(api, 'GET', `/jobs/${jobId}`, { token: admin });
    if (job.status === 'DONE') return job;
    if (job.status === 'FAILED') throw new Error(`job ${jobId} failed: ${JSON.stringify(job.result)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function run({ target, postgresUrl }) {
  if (target !== 'postgres') return { skipped: 'PostgreSQL only (the targets of issue 6 are for PostgreSQL)' };
  const today = day(0);
  const server = await startServer({ target, postgresUrl });
  try {
    const { api, databaseUrl } = server;
    console.log(`  seeding ${RECEIVABLES} receivables into ${databaseUrl}`);
    const seeded = await seed(databaseUrl, today);
    console.log(`  seeded: ${JSON.stringify(seeded)}`);
    const admin = await login(api, 'admin', ADMIN_PASSWORD);
    const regulator = async (jurisdiction) => {
      const username = `bench-regulator-${jurisdiction}`;
      const password = 'Bench-Regulator-1!';
      await call(api, 'POST', '/users', {
        token: admin,
        body: { username, password, role: 'REGULATOR', jurisdiction },
      });
      return login(api, username, password);
    };
    const region = await regulator('450000');
    const city = await regulator(CITY);

    // The nightly snapshot: each of the last 7 days taken through the operator's endpoint (the
    // nightly job takes yesterday, and any of the 7 that is missing or stale, the same way).
    const snapshotDays = [];
    for (let back = 7; back >= 1; back -= 1) {
      const date = day(-back);
      const { jobId } = await call(api, 'POST', '/monitoring/snapshots', { token: admin, body: { date } });
      await waitForJob(api, admin, jobId);
      snapshotDays.push(await snapshotMs(databaseUrl, date));
    }

    const byCity = await call(api, 'GET', '/monitoring/aging?groupBy=city', { token: region });
    const reportedFen = byCity.items.reduce((sum, item) => sum + BigInt(item.totalAmount.replace('.', '')), 0n);
    const get = (token, path) => () => call(api, 'GET', path, { token });
    const firstDebtorPage = await call(api, 'GET', '/monitoring/aging?groupBy=debtor&limit=200', { token: region });
    const past = day(-3);
    const monthAgo = day(-30);
    const measurements = [
      ['aging by city, region (live)', get(region, '/monitoring/aging?groupBy=city'), 50],
      ['aging by city, city regulator (live)', get(city, '/monitoring/aging?groupBy=city'), 50],
      ['aging by debtor, region, first page of 50 (live)', get(region, '/monitoring/aging?groupBy=debtor'), 250],
      [
        'aging by debtor, region, the page after 200 debtors (live)',
        get(region, `/monitoring/aging?groupBy=debtor&cursor=${firstDebtorPage.nextCursor}`),
        250,
      ],
      ['aging by debtor, city regulator (live)', get(city, '/monitoring/aging?groupBy=debtor'), 250],
      ['aging by industry, region (live)', get(region, '/monitoring/aging?groupBy=industry'), 250],
      ['aging by industry, city regulator (live)', get(city, '/monitoring/aging?groupBy=industry'), 250],
      ['aging by city, a past asOf (snapshot)', get(region, `/monitoring/aging?groupBy=city&asOf=${past}`), 50],
      ['aging by debtor, a past asOf (snapshot)', get(region, `/monitoring/aging?groupBy=debtor&asOf=${past}`), 50],
      ['aging by industry, a past asOf (snapshot)', get(region, `/monitoring/aging?groupBy=industry&asOf=${past}`), 50],
      ['overdue list, region, first page of 50', get(region, '/monitoring/overdue'), null],
      ['overdue list, city regulator, first page of 50', get(city, '/monitoring/overdue'), null],
      ['overdue list, region, at least 90 days overdue', get(region, '/monitoring/overdue?minDaysOverdue=90'), null],
      ['overdue list, region, a past asOf (30 days ago)', get(region, `/monitoring/overdue?asOf=${monthAgo}`), null],
      ['trend, region, last 30 days', get(region, '/monitoring/trend'), null],
      ['scorecard of the largest debtor', get(region, `/monitoring/debtors/${LARGEST_DEBTOR}`), null],
    ];
    const rows = [];
    for (const [label, action, targetMs] of measurements) {
      const figures = await timed(action);
      console.log(`  ${label}: p50 ${figures.p50} ms, p95 ${figures.p95} ms`);
      rows.push({ label, targetMs, ...figures });
    }
    return {
      seeded,
      reconciled: reportedFen.toString() === seeded.outstanding_fen,
      nightlySnapshotMs: stats(snapshotDays),
      measurements: rows,
    };
  } finally {
    await server.dispose();
  }
}

export function markdown(report) {
  const result = report.results.postgres;
  const lines = [
    `# ${report.title}`,
    '',
    `Ran ${report.ranAt} on ${report.machine.cpus} × ${report.machine.cpuModel}, Node ${report.machine.node}.`,
    '',
  ];
  if (!result) return `${[...lines, 'Not run: set DATABASE_URL to a PostgreSQL server.'].join('\n')}\n`;
  const { seeded } = result;
  const verdict = (p95, target) => (target == null ? '' : p95 <= target ? `≤ ${target} ✔` : `≤ ${target} ✘`);
  lines.push(
    `PostgreSQL; ${seeded.receivables.toLocaleString('en')} receivables in the read model (${seeded.live.toLocaleString('en')} live, ` +
      `${seeded.overdue.toLocaleString('en')} overdue today), ${seeded.payments.toLocaleString('en')} payments, ${DEBTORS} debtors, ` +
      `${CREDITORS} creditors; seeded by multi-row INSERT … SELECT in ${(seeded.seedMs / 1000).toFixed(1)} s. ` +
      `Aging by city reconciles with the raw rows: ${result.reconciled ? 'yes' : 'NO'}.`,
    '',
    `HTTP against the built API (one process, PostgreSQL pool of 10), one request after another: ${WARMUP} warm-up, ${RUNS} timed.`,
    '',
    '| Request | p50 (ms) | p95 (ms) | max (ms) | target p95 (ms) |',
    '|---|---:|---:|---:|---|',
    ...result.measurements.map(
      (m) => `| ${m.label} | ${m.p50} | ${m.p95} | ${m.max} | ${verdict(m.p95, m.targetMs)} |`,
    ),
    '',
    `Nightly snapshot of one day (the snapshot transaction, 7 days taken one after another): p50 ` +
      `${result.nightlySnapshotMs.p50} ms, max ${result.nightlySnapshotMs.max} ms (target ≤ 30000 ms: ` +
      `${result.nightlySnapshotMs.max <= 30_000 ? '✔' : '✘'}).`,
    '',
  );
  return lines.join('\n');
}

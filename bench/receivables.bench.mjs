// Receivables: POST /receivables over HTTP against the same statements through plain `pg`, and a
// 100,000-row file import against a batched-insert floor, on one database target per run.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import autocannon from 'autocannon';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, openAsBlob, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import pg from 'pg';
import {
  ADMIN_PASSWORD,
  call,
  closedLoop,
  day,
  enterpriseWithUser,
  invoiceNumber,
  login,
  startServer,
  tag,
} from './lib.mjs';

export const name = 'receivables';
export const title = 'Receivables: registration over HTTP and bulk import';

const CONNECTIONS = [8, 32];
const WARMUP_SECONDS = 3;
const SECONDS = 10;
// The API's pool on PostgreSQL (DATABASE_POOL_SIZE default); the raw baseline gets the same.
const POOL_SIZE = 10;
const IMPORT_ROWS = 100_000;

const registrationBody = (debtorUscc) => {
  const issueDate = day(-10);
  return {
    debtorUscc,
    contractNo: `HT-${tag()}`,
    invoices: [{ number: invoiceNumber(issueDate), amount: '125000.00', issueDate }],
    amount: '125000.00',
    deliveryDate: issueDate,
    dueDate: day(50),
  };
};

async function http(server, token, debtorUscc, connections, seconds) {
  const result = await autocannon({
    url: server.baseUrl,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/receivables',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(registrationBody(debtorUscc)) }),
      },
    ],
  });
  return {
    requests: result['2xx'],
    errors: result.errors + result.timeouts + result.non2xx,
    perSecond: Math.round(result['2xx'] / result.duration),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
  };
}

/** The statements one POST /receivables issues, in order, through plain `pg`. */
async function rawRegistration(pool, party) {
  const client = await pool.connect();
  try {
    const body = registrationBody(party.debtorUscc);
    const id = randomUUID();
    const now = new Date().toISOString();
    await client.query('START TRANSACTION');
    await client.query('SELECT * FROM enterprises WHERE id = $1 LIMIT 1', [party.creditorId]);
    await client.query('SELECT * FROM enterprises WHERE uscc = $1 LIMIT 1', [party.debtorUscc]);
    await client.query(
      `INSERT INTO receivables (id, status, creditor_id, debtor_id, creditor_city_code, debtor_city_code, contract_no,
         amount, confirmed_amount, paid_amount, delivery_date, due_date, payment_term_days, payment_term_flags,
         late_interest_rate, description, confirmed_at, dispute_reason, settled_on, financing_request_id, pledge,
         created_by, import_job_id, import_row, created_at, updated_at)
       VALUES ($1, 'PENDING_CONFIRMATION', $2, $3, '450200', '450200', $4, $5, NULL, '0.00', $6, $7, 60, '{}',
         NULL, NULL, NULL, NULL, NULL, NULL, NULL, $8, NULL, NULL, $9, $9)`,
      [
        id,
        party.creditorId,
        party.debtorId,
        body.contractNo,
        body.amount,
        body.deliveryDate,
        body.dueDate,
        party.userId,
        now,
      ],
    );
    await client.query('SAVEPOINT unique_write');
    await client.query(
      'INSERT INTO receivable_invoices (receivable_id, position, number, amount, issue_date, live) VALUES ($1, 0, $2, $3, $4, true)',
      [id, body.invoices[0].number, body.amount, body.invoices[0].issueDate],
    );
    await client.query('RELEASE SAVEPOINT unique_write');
    const after = JSON.stringify({ id, ...body });
    await client.query(
      `INSERT INTO audit_events (id, entity_type, entity_id, entity_seq, action, actor_type, actor_id, actor_name,
         jurisdictions, before, after, occurred_at, prev_hash, hash)
       VALUES ($1, 'receivable', $2, 1, 'receivable.registered', 'user', $3, 'bench', '{450200}', NULL, $4, $5, NULL, $6)`,
      [randomUUID(), id, party.userId, after, now, createHash('sha256').update(after).digest('hex')],
    );
    await client.query(
      `INSERT INTO outbox_events (id, type, aggregate_type, aggregate_id, payload, occurred_at, dispatched_at, dispatch_count, completed_at)
       VALUES ($1, 'receivable.registered', 'receivable', $2, $3, $4, NULL, 0, NULL)`,
      [randomUUID(), id, after, now],
    );
    const users = await client.query('SELECT id FROM users WHERE enterprise_id = $1', [party.debtorId]);
    for (const user of users.rows) {
      await client.query(
        `INSERT INTO notifications (id, user_id, kind, title, body, entity_type, entity_id, created_at, read_at)
         VALUES ($1, $2, 'receivable.confirmation_requested', $3, $4, 'receivable', $5, $6, NULL)`,
        [randomUUID(), user.id, `请确认应收账款 ${body.contractNo}`, `请确认 ¥${body.amount}`, id, now],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** The database floor of an import: the same rows written with two batched INSERTs per 1,000 rows, one transaction. */
async function rawImportFloor(pool, party, rows) {
  const client = await pool.connect();
  const started = performance.now();
  try {
    await client.query('START TRANSACTION');
    for (let offset = 0; offset < rows; offset += 1000) {
      const batch = Array.from({ length: Math.min(1000, rows - offset) }, () => {
        const body = registrationBody(party.debtorUscc);
        return { id: randomUUID(), ...body, number: body.invoices[0].number, issueDate: body.invoices[0].issueDate };
      });
      await client.query(
        `INSERT INTO receivables (id, status, creditor_id, debtor_id, creditor_city_code, debtor_city_code, contract_no,
           amount, paid_amount, delivery_date, due_date, payment_term_days, payment_term_flags, created_at, updated_at)
         SELECT id, 'PENDING_CONFIRMATION', $2, $3, '450200', '450200', contract_no, amount, 0, delivery_date, due_date,
                60, '{}', now(), now()
           FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, contract_no text, amount numeric, delivery_date date, due_date date)`,
        [
          JSON.stringify(
            batch.map((r) => ({
              id: r.id,
              contract_no: r.contractNo,
              amount: r.amount,
              delivery_date: r.deliveryDate,
              due_date: r.dueDate,
            })),
          ),
          party.creditorId,
          party.debtorId,
        ],
      );
      await client.query(
        `INSERT INTO receivable_invoices (receivable_id, position, number, amount, issue_date, live)
         SELECT id, 0, number, amount, issue_date, true
           FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, number text, amount numeric, issue_date date)`,
        [JSON.stringify(batch.map((r) => ({ id: r.id, number: r.number, amount: r.amount, issue_date: r.issueDate })))],
      );
    }
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  return { rows, seconds: Math.round((performance.now() - started) / 10) / 100 };
}

/** A CSV of `rows` invoice lines: 1 % repeat an earlier invoice, 1 % have a malformed amount. */
async function writeImportFile(path, debtorUscc, rows) {
  const out = createWriteStream(path);
  const write = async (line) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write('contractNo,debtorUscc,invoiceNumber,invoiceAmount,invoiceIssueDate,deliveryDate,dueDate,description\n');
  const issueDate = day(-10);
  const dueDate = day(50);
  const numbers = [];
  let expectedFailures = 0;
  for (let i = 0; i < rows; i += 1) {
    let number = invoiceNumber(issueDate);
    let amount = '1000.00';
    if (i % 100 === 50) {
      number = numbers[i - 17]; // a duplicate of an earlier row
      expectedFailures += 1;
    } else if (i % 100 === 75) {
      amount = '10.001'; // more than two decimals
      expectedFailures += 1;
    }
    numbers.push(number);
    await write(`IMP-${i},${debtorUscc},${number},${amount},${issueDate},${issueDate},${dueDate},批量导入 ${i}\n`);
  }
  out.end();
  await once(out, 'finish');
  return { rows, expectedFailures };
}

async function importFile(server, token, path) {
  const form = new FormData();
  form.append('file', await openAsBlob(path, { type: 'text/csv' }), 'bench.csv');
  const started = performance.now();
  const upload = await fetch(`${server.api}/receivables/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  if (upload.status !== 202) throw new Error(`import upload: ${upload.status} ${await upload.text()}`);
  const { jobId } = await upload.json();
  const uploadedSeconds = (performance.now() - started) / 1000;
  for (;;) {
    const job = await call(server.api, 'GET', `/jobs/${jobId}`, { token });
    if (job.status === 'DONE' || job.status === 'FAILED') {
      const seconds = (performance.now() - started) / 1000;
      return {
        status: job.status,
        total: job.total,
        succeeded: job.succeeded,
        failed: job.failed,
        receivables: job.result?.receivables ?? null,
        uploadSeconds: Math.round(uploadedSeconds * 100) / 100,
        endToEndSeconds: Math.round(seconds * 100) / 100,
        rowsPerSecond: Math.round(job.total / seconds),
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Waits until the outbox relay has handed on every event, so phases do not overlap. */
async function drainOutbox(server, adminToken) {
  for (let i = 0; i < 600; i += 1) {
    const metrics = await fetch(`${server.baseUrl}/metrics`, { headers: { authorization: `Bearer ${adminToken}` } });
    const pending = /^gqt_outbox_pending_events(?:\{[^}]*\})? (\d+)/m.exec(await metrics.text());
    if (!pending || Number(pending[1]) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** A `pg` pool on the database the server used: PostgreSQL directly, or the embedded data folder through a socket. */
async function rawPool(target, server) {
  if (target === 'postgres') {
    const pool = new pg.Pool({ connectionString: server.databaseUrl, max: POOL_SIZE });
    // Dropping the run's database afterwards ends these sessions from the server side.
    pool.on('error', () => undefined);
    return { pool, size: POOL_SIZE, close: () => pool.end() };
  }
  // PGlite is a single session: the API's pool holds one connection to it, and so does this one.
  const db = await PGlite.create(join(server.dataDir, 'pgdata'));
  const socketDir = mkdtempSync(join(tmpdir(), 'gqt-bench-pg-'));
  const socket = new PGLiteSocketServer({ db, path: join(socketDir, '.s.PGSQL.5432'), maxConnections: 1 });
  await socket.start();
  const pool = new pg.Pool({ host: socketDir, port: 5432, user: 'postgres', database: 'postgres', max: 1 });
  return {
    pool,
    size: 1,
    close: async () => {
      await pool.end();
      await socket.stop();
      await db.close();
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
}

export async function run({ target, postgresUrl }) {
  const server = await startServer({ target, postgresUrl, env: { DATABASE_POOL_SIZE: String(POOL_SIZE) } });
  const fileDir = mkdtempSync(join(tmpdir(), 'gqt-bench-import-'));
  try {
    const admin = await login(server.api, 'admin', ADMIN_PASSWORD);
    const creditor = await enterpriseWithUser(server.api, admin, 'SME');
    const debtor = await enterpriseWithUser(server.api, admin, 'CORE');
    const me = await call(server.api, 'GET', '/me', { token: creditor.token });
    const party = {
      creditorId: creditor.enterprise.id,
      debtorId: debtor.enterprise.id,
      debtorUscc: debtor.enterprise.uscc,
      userId: me.id,
    };

    const figures = { http: {}, raw: {}, import: {} };
    await http(server, creditor.token, party.debtorUscc, 8, WARMUP_SECONDS);
    for (const connections of CONNECTIONS) {
      await drainOutbox(server, admin);
      console.log(`POST /receivables over HTTP, ${connections} connections`);
      figures.http[connections] = await http(server, creditor.token, party.debtorUscc, connections, SECONDS);
    }
    await drainOutbox(server, admin);
    const file = join(fileDir, 'bench.csv');
    const expected = await writeImportFile(file, party.debtorUscc, IMPORT_ROWS);
    console.log(`import of ${IMPORT_ROWS} rows`);
    figures.import.api = {
      ...(await importFile(server, creditor.token, file)),
      expectedFailures: expected.expectedFailures,
    };
    await drainOutbox(server, admin);
    await server.stop();

    const raw = await rawPool(target, server);
    try {
      await closedLoop(8, WARMUP_SECONDS * 1000, () => rawRegistration(raw.pool, party));
      for (const connections of CONNECTIONS) {
        console.log(`the same statements through pg, ${connections} concurrent callers`);
        figures.raw[connections] = {
          ...(await closedLoop(connections, SECONDS * 1000, () => rawRegistration(raw.pool, party))),
          poolSize: raw.size,
        };
      }
      console.log('import floor: batched INSERTs through pg');
      figures.import.floor = await rawImportFloor(raw.pool, party, IMPORT_ROWS);
    } finally {
      await raw.close();
    }
    for (const connections of CONNECTIONS) {
      figures.http[connections].ofRaw =
        Math.round((figures.http[connections].perSecond / figures.raw[connections].perSecond) * 100) / 100;
    }
    return { poolSize: target === 'postgres' ? POOL_SIZE : 1, secondsPerRun: SECONDS, ...figures };
  } finally {
    rmSync(fileDir, { recursive: true, force: true });
    await server.dispose();
  }
}

export function markdown(report) {
  const lines = [
    `# ${report.title}`,
    '',
    `Run ${report.ranAt} on ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}.`,
    'Targets: POST /receivables at 8 and 32 connections ≥ 0.25 × the raw rate, p99 ≤ 50 ms at 32 on PostgreSQL, no errors;',
    '100,000-row import (1 % duplicates, 1 % invalid) ≤ 20 s end to end.',
    '',
    '| Database | Connections | HTTP req/s | p50 ms | p99 ms | Errors | Raw pg tx/s | Raw p99 ms | HTTP ÷ raw |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [target, r] of Object.entries(report.results)) {
    for (const connections of CONNECTIONS) {
      const h = r.http[connections];
      const raw = r.raw[connections];
      lines.push(
        `| ${target} | ${connections} | ${h.perSecond} | ${h.latencyMs.p50} | ${h.latencyMs.p99} | ${h.errors} | ${raw.perSecond} | ${raw.latencyMs.p99} | ${h.ofRaw} |`,
      );
    }
  }
  lines.push(
    '',
    '| Database | Rows | Succeeded | Failed (expected) | Receivables | Upload s | End to end s | Rows/s | Floor: batched INSERTs s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const [target, r] of Object.entries(report.results)) {
    const i = r.import.api;
    lines.push(
      `| ${target} | ${i.total} | ${i.succeeded} | ${i.failed} (${i.expectedFailures}) | ${i.receivables} | ${i.uploadSeconds} | ${i.endToEndSeconds} | ${i.rowsPerSecond} | ${r.import.floor.seconds} |`,
    );
  }
  lines.push(
    '',
    'The raw baseline issues the statements of one registration (two enterprise look-ups, the receivable, its invoice',
    'in a savepoint, the audit event, the outbox event, the debtor’s users and their notification) through `pg` with',
    'the API’s pool size, from as many concurrent callers as HTTP connections; on the',
    'embedded database both go through one connection, as PGlite is a single session. The import floor writes the',
    'same receivables and invoice lines with two batched INSERTs per 1,000 rows in one transaction.',
    '',
  );
  return lines.join('\n');
}

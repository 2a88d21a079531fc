import type { DataSource } from 'typeorm';
import { API } from '../support/api';
import { LIVE_FINANCING, type World } from './world';

const fen = (numeric: string | null): bigint | null => (numeric === null ? null : BigInt(numeric.replace('.', '')));

interface ReceivableRow {
  id: string;
  status: string;
  amount: string;
  confirmed_amount: string | null;
  paid_amount: string;
  financing_request_id: string | null;
  payments: string;
  payments_total: string;
  invoiced: string;
  invoices_in_step: boolean;
}

interface FinancingRow {
  id: string;
  status: string;
  approved_amount: string | null;
  live_links: string[];
}

/**
 * What must hold after every step, read from the database: it holds exactly what the platform's
 * answers said (nothing lost, nothing doubled), money adds up, at most one live financing per
 * receivable, and the audit trail verifies. Returns what does not hold.
 */
export async function violations(world: World, db: DataSource, admin: string): Promise<string[]> {
  const found: string[] = [];
  const receivables = await db.query<ReceivableRow[]>(
    `SELECT r.id, r.status, r.amount, r.confirmed_amount, r.paid_amount, r.financing_request_id,
            (SELECT count(*) FROM receivable_payments p WHERE p.receivable_id = r.id) AS payments,
            (SELECT coalesce(sum(amount), 0) FROM receivable_payments p WHERE p.receivable_id = r.id) AS payments_total,
            (SELECT sum(amount) FROM receivable_invoices i WHERE i.receivable_id = r.id) AS invoiced,
            (SELECT bool_and(live = (r.status <> 'CANCELLED')) FROM receivable_invoices i WHERE i.receivable_id = r.id)
              AS invoices_in_step
       FROM receivables r`,
  );
  const rows = new Map(receivables.map((row) => [row.id, row]));
  if (rows.size !== world.receivables.length) {
    found.push(`${rows.size} receivables stored, ${world.receivables.length} acknowledged`);
  }
  for (const r of world.receivables) {
    const row = rows.get(r.id);
    const financingId = r.financing === null ? null : world.financing[r.financing].id;
    if (!row) found.push(`receivable #${r.index} acknowledged but not stored`);
    else if (
      row.status !== r.status ||
      fen(row.amount) !== r.amountFen ||
      fen(row.confirmed_amount) !== r.confirmedFen ||
      fen(row.paid_amount) !== r.paidFen ||
      Number(row.payments) !== r.payments.length ||
      row.financing_request_id !== financingId
    ) {
      found.push(
        `receivable #${r.index} stored as ${JSON.stringify(row)}; answers said ${r.status}, paid ${r.paidFen}`,
      );
    } else if (
      fen(row.payments_total) !== fen(row.paid_amount) ||
      fen(row.invoiced) !== fen(row.amount) ||
      !row.invoices_in_step ||
      (row.status === 'SETTLED') !== (r.confirmedFen !== null && r.paidFen === r.confirmedFen)
    ) {
      found.push(`receivable #${r.index} does not add up: ${JSON.stringify(row)}`);
    }
  }

  const financing = await db.query<FinancingRow[]>(
    `SELECT f.id, f.status, f.approved_amount,
            coalesce(array_agg(l.receivable_id::text) FILTER (WHERE l.live), '{}') AS live_links
       FROM financing_requests f LEFT JOIN financing_request_receivables l ON l.financing_request_id = f.id
      GROUP BY f.id`,
  );
  const requests = new Map(financing.map((row) => [row.id, row]));
  if (requests.size !== world.financing.length) {
    found.push(`${requests.size} financing requests stored, ${world.financing.length} acknowledged`);
  }
  for (const f of world.financing) {
    const row = requests.get(f.id);
    const links = LIVE_FINANCING.includes(f.status) ? f.receivables.map((i) => world.receivables[i].id).sort() : [];
    if (!row) found.push(`financing f${f.index} acknowledged but not stored`);
    else if (
      row.status !== f.status ||
      fen(row.approved_amount) !== f.approvedFen ||
      [...row.live_links].sort().join() !== links.join()
    ) {
      found.push(`financing f${f.index} stored as ${JSON.stringify(row)}; answers said ${f.status}`);
    }
  }

  const [pledged] = await db.query<{ n: string }[]>(
    `SELECT count(*) AS n FROM (SELECT receivable_id FROM financing_request_receivables WHERE live
                                 GROUP BY receivable_id HAVING count(*) > 1) twice`,
  );
  if (pledged.n !== '0') found.push(`${pledged.n} receivables in more than one live financing request`);

  const verification = await world.http.get(`${API}/audit-events/verification`).auth(admin, { type: 'bearer' });
  if (verification.body.valid !== true) found.push(`audit chain broken: ${JSON.stringify(verification.body)}`);
  return found;
}

/**
 * The monitoring read model, fed by events, against the model: each debtor's scorecard over HTTP
 * once every event is handled.
 */
export async function readModelViolations(world: World, db: DataSource, admin: string): Promise<string[]> {
  for (let waited = 0; ; waited += 50) {
    const [pending] = await db.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM outbox_events WHERE completed_at IS NULL',
    );
    if (pending.n === '0') break;
    if (waited > 30_000) return [`${pending.n} events still not handled after 30 s`];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const found: string[] = [];
  for (const core of world.cores) {
    const card = (await world.http.get(`${API}/monitoring/debtors/${core.id}`).auth(admin, { type: 'bearer' })).body;
    const mine = world.receivables.filter((r) => r.debtor === core.index);
    const open = mine.filter((r) => world.outstanding(r) > 0n);
    const overdue = open.filter((r) => r.dueDate < world.today);
    const sum = (rs: typeof mine) => world.yuan(rs.reduce((total, r) => total + world.outstanding(r), 0n));
    const expected = {
      outstandingCount: open.length,
      outstandingAmount: sum(open),
      overdueCount: overdue.length,
      overdueAmount: sum(overdue),
      confirmedCount: mine.filter((r) => r.status === 'CONFIRMED' || r.status === 'SETTLED').length,
      settledCount: mine.filter((r) => r.status === 'SETTLED').length,
    };
    const shown = Object.fromEntries(Object.keys(expected).map((key) => [key, (card as Record<string, unknown>)[key]]));
    if (JSON.stringify(shown) !== JSON.stringify(expected)) {
      found.push(`core${core.index}'s scorecard shows ${JSON.stringify(shown)}, expected ${JSON.stringify(expected)}`);
    }
  }
  return found;
}

// What must hold after a chaos run, checked against the database and over HTTP. Each check
// returns {name, ok, detail}; the run passes when every one is ok.
const fen = (numeric) => BigInt(String(numeric).replace('.', ''));

async function acknowledgedWritesPresent(db, model, parties) {
  const smeIds = parties.smes.map((sme) => sme.enterprise.id);
  const { rows } = await db.query(
    `SELECT r.id, r.status, r.amount, r.confirmed_amount, r.paid_amount,
            coalesce(array_agg(p.reference) FILTER (WHERE p.id IS NOT NULL), '{}') AS references
       FROM receivables r LEFT JOIN receivable_payments p ON p.receivable_id = r.id
      WHERE r.creditor_id = ANY($1::uuid[]) GROUP BY r.id`,
    [smeIds],
  );
  const stored = new Map(rows.map((row) => [row.id, row]));
  const problems = [];
  for (const [id, expected] of model.receivables) {
    const row = stored.get(id);
    if (!row) {
      problems.push(`receivable ${id} acknowledged but missing`);
      continue;
    }
    const same =
      row.status === expected.status &&
      fen(row.amount) === expected.amountFen &&
      (row.confirmed_amount === null ? null : fen(row.confirmed_amount)) === expected.confirmedFen &&
      fen(row.paid_amount) === expected.paidFen &&
      [...row.references].sort().join() ===
        expected.payments
          .map((p) => p.reference)
          .sort()
          .join();
    if (!same) problems.push(`receivable ${id}: stored ${JSON.stringify(row)}, answers said ${expected.status}`);
  }
  // Nothing the answers do not account for: a write done twice would show here.
  for (const id of stored.keys()) if (!model.receivables.has(id)) problems.push(`receivable ${id} nobody was told of`);
  const financing = await db.query('SELECT id, status FROM financing_requests WHERE sme_id = ANY($1::uuid[])', [
    smeIds,
  ]);
  const financingStored = new Map(financing.rows.map((row) => [row.id, row.status]));
  for (const [id, expected] of model.financing) {
    if (financingStored.get(id) !== expected.status)
      problems.push(`financing request ${id}: stored ${financingStored.get(id)}, answers said ${expected.status}`);
  }
  for (const id of financingStored.keys())
    if (!model.financing.has(id)) problems.push(`financing request ${id} nobody was told of`);
  return {
    name: 'every acknowledged write present, nothing written twice',
    ok: problems.length === 0,
    detail: problems.length
      ? problems.slice(0, 5).join('; ')
      : `${stored.size} receivables, ${financingStored.size} financing requests`,
  };
}

function inDoubtSettled(model) {
  const misreported = model.unexpected.filter((u) => u.inDoubt);
  return {
    name: 'every write in doubt settled with its first answer',
    ok: model.unexpected.length === 0,
    detail: model.unexpected.length
      ? `${model.unexpected.length} unexpected answers (${misreported.length} in doubt): ${JSON.stringify(model.unexpected.slice(0, 3))}`
      : `${model.writes.filter((w) => w.inDoubt).length} in doubt, all settled as expected`,
  };
}

/** The same request with the same key again: the stored first answer, word for word. */
async function answersReplayed(client, model) {
  const inDoubt = model.writes.filter((w) => w.inDoubt);
  const sample = [...inDoubt, ...model.writes.filter((w) => !w.inDoubt).filter((_, i) => i % 25 === 0)];
  const differing = [];
  for (const write of sample) {
    if (!write.key) continue;
    const again = await client.send('POST', write.path, { token: write.token, body: write.body, key: write.key });
    if (!again.replayed || again.status !== write.status || JSON.stringify(again.body) !== JSON.stringify(write.answer))
      differing.push({ path: write.path, first: write.status, again: again.status, replayed: again.replayed });
  }
  return {
    name: 'a retry with the same key gets the first answer',
    ok: differing.length === 0,
    detail: differing.length ? JSON.stringify(differing.slice(0, 3)) : `${sample.length} replayed identically`,
  };
}

async function oneLiveFinancing(db) {
  const { rows } = await db.query(
    `SELECT frr.receivable_id, count(*) AS n FROM financing_request_receivables frr
       JOIN financing_requests fr ON fr.id = frr.financing_request_id
      WHERE fr.status IN ('SUBMITTED', 'APPROVED', 'DISBURSED') GROUP BY frr.receivable_id HAVING count(*) > 1`,
  );
  const links = await db.query(
    `SELECT count(*) AS n FROM financing_request_receivables frr JOIN financing_requests fr ON fr.id = frr.financing_request_id
      WHERE frr.live <> (fr.status IN ('SUBMITTED', 'APPROVED', 'DISBURSED'))`,
  );
  return {
    name: 'at most one live financing per receivable',
    ok: rows.length === 0 && links.rows[0].n === '0',
    detail: `${rows.length} receivables with several live requests, ${links.rows[0].n} links out of step`,
  };
}

async function amountsConserved(db) {
  const { rows } = await db.query(
    `SELECT count(*) FILTER (WHERE r.paid_amount <> coalesce(p.paid, 0)) AS paid_mismatch,
            count(*) FILTER (WHERE r.amount <> i.invoiced) AS invoice_mismatch,
            count(*) FILTER (WHERE r.paid_amount > coalesce(r.confirmed_amount, 0)) AS overpaid,
            count(*) FILTER (WHERE (r.status = 'SETTLED') <> (r.confirmed_amount IS NOT NULL AND r.paid_amount = r.confirmed_amount)) AS status_mismatch,
            coalesce(sum(r.paid_amount), 0) AS paid_total, coalesce(sum(p.paid), 0) AS payments_total
       FROM receivables r
       LEFT JOIN (SELECT receivable_id, sum(amount) AS paid FROM receivable_payments GROUP BY receivable_id) p ON p.receivable_id = r.id
       JOIN (SELECT receivable_id, sum(amount) AS invoiced FROM receivable_invoices GROUP BY receivable_id) i ON i.receivable_id = r.id`,
  );
  const [row] = rows;
  const bad = ['paid_mismatch', 'invoice_mismatch', 'overpaid', 'status_mismatch'].filter((k) => row[k] !== '0');
  return {
    name: 'amounts conserved',
    ok: bad.length === 0 && row.paid_total === row.payments_total,
    detail: `paid ${row.paid_total} = payments ${row.payments_total}; ${bad.length ? `broken: ${bad.join(', ')}` : 'invoices, payments and statuses agree'}`,
  };
}

async function auditValid(client, admin) {
  const verification = await client.get('/audit-events/verification', admin);
  return {
    name: 'audit chain valid',
    ok: verification.valid === true,
    detail: `${verification.checked} events checked${verification.firstBrokenId ? `, first broken ${verification.firstBrokenId}` : ''}`,
  };
}

export async function outboxState(db) {
  const { rows } = await db.query(
    `SELECT count(*) FILTER (WHERE completed_at IS NULL AND parked_at IS NULL) AS pending,
            count(*) FILTER (WHERE parked_at IS NOT NULL) AS parked, count(*) AS total FROM outbox_events`,
  );
  return { pending: Number(rows[0].pending), parked: Number(rows[0].parked), total: Number(rows[0].total) };
}

async function outboxDrained(db) {
  const state = await outboxState(db);
  return {
    name: 'outbox drained',
    ok: state.pending === 0 && state.parked === 0,
    detail: `${state.total} events, ${state.pending} pending, ${state.parked} parked`,
  };
}

/** The monitoring read model against the receivables it is fed from. */
export async function readModelDifferences(db) {
  const { rows } = await db.query(
    `SELECT count(*) AS n FROM receivables r
       LEFT JOIN monitoring_receivables m ON m.receivable_id = r.id
       LEFT JOIN (SELECT receivable_id, sum(amount_fen) AS paid FROM monitoring_payments GROUP BY receivable_id) mp
              ON mp.receivable_id = r.id
      WHERE m.receivable_id IS NULL OR m.status <> r.status OR m.amount_fen <> r.amount * 100
         OR m.confirmed_fen IS DISTINCT FROM (r.confirmed_amount * 100)::bigint OR m.paid_fen <> r.paid_amount * 100
         OR coalesce(mp.paid, 0) <> r.paid_amount * 100
         OR m.outstanding_fen <> (coalesce(r.confirmed_amount, 0) - r.paid_amount) * 100 * (r.status IN ('CONFIRMED', 'SETTLED'))::int`,
  );
  return Number(rows[0].n);
}

async function readModelReconciled(db) {
  const differing = await readModelDifferences(db);
  const totals = await db.query(
    `SELECT count(*) AS n FROM (
       SELECT debtor_city_code AS city, due_date, count(*) AS receivables, sum(outstanding_fen) AS outstanding
         FROM monitoring_receivables WHERE status = 'CONFIRMED' AND outstanding_fen > 0 GROUP BY 1, 2) live
       FULL JOIN (SELECT group_key, due_date, receivables, outstanding_fen FROM monitoring_open_totals
                   WHERE grouping = 'city' AND receivables > 0) t
         ON t.group_key = live.city AND t.due_date = live.due_date
      WHERE live.city IS NULL OR t.group_key IS NULL OR live.receivables <> t.receivables
         OR live.outstanding <> t.outstanding_fen`,
  );
  return {
    name: 'monitoring read model reconciled with the source rows',
    ok: differing === 0 && totals.rows[0].n === '0',
    detail: `${differing} receivables differ, ${totals.rows[0].n} open totals differ`,
  };
}

export async function webhooksPending(db, subscriptionId) {
  const { rows } = await db.query(
    `SELECT count(*) FILTER (WHERE state = 'PENDING') AS pending, count(*) AS total
       FROM webhook_deliveries WHERE subscription_id = $1`,
    [subscriptionId],
  );
  return { pending: Number(rows[0].pending), total: Number(rows[0].total) };
}

async function webhooksDelivered(db, receiver, subscriptionId) {
  const deliveries = await db.query(`SELECT event_id, state FROM webhook_deliveries WHERE subscription_id = $1`, [
    subscriptionId,
  ]);
  // The bank hears of every financing request made to it; each event must have reached it.
  const expected = await db.query(`SELECT id FROM outbox_events WHERE type LIKE 'financing_request.%'`);
  const notDelivered = deliveries.rows.filter((d) => d.state !== 'DELIVERED' || !receiver.delivered(d.event_id));
  const withoutDelivery = expected.rows.filter((e) => !receiver.delivered(e.id));
  return {
    name: 'every bank webhook delivered and correctly signed',
    ok: notDelivered.length === 0 && withoutDelivery.length === 0 && receiver.figures.badSignatures === 0,
    detail:
      `${deliveries.rows.length} deliveries (${notDelivered.length} not delivered), ` +
      `${withoutDelivery.length} of ${expected.rows.length} financing events never received, ` +
      `${receiver.figures.badSignatures} bad signatures, ${receiver.figures.refused} refused once by the receiver`,
  };
}

function noServerErrors(figures, cluster) {
  const exits = cluster.unexpectedExits();
  return {
    name: '0 × 500',
    ok: figures.serverErrors.length === 0 && exits.length === 0,
    detail:
      `${figures.serverErrors.length} server errors${figures.serverErrors.length ? `: ${JSON.stringify(figures.serverErrors.slice(0, 3))}` : ''}` +
      (exits.length ? `; processes that died on their own: ${JSON.stringify(exits)}` : ''),
  };
}

export async function checkInvariants({ db, client, admin, model, parties, receiver, figures, cluster }) {
  return [
    await acknowledgedWritesPresent(db, model, parties),
    inDoubtSettled(model),
    await answersReplayed(client, model),
    await oneLiveFinancing(db),
    await amountsConserved(db),
    await auditValid(client, admin),
    await outboxDrained(db),
    await readModelReconciled(db),
    await webhooksDelivered(db, receiver, parties.subscription.id),
    noServerErrors(figures, cluster),
  ];
}

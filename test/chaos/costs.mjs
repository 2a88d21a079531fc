// What a run's work costs: CPU time of its own processes (its API and worker processes, and the
// PostgreSQL backends serving its database), and the transactions and rows its database counted.
// On a shared machine wall-clock throughput says more about the neighbours than about the code;
// these per unit of work do not.
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux

function cpuMs(pid) {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined; // gone
  }
}

/** CPU milliseconds so far of the cluster's processes and of the database's backends, by pid. */
export async function cpuSnapshot(cluster, db) {
  const { rows } = await db.query(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
  );
  const take = (pids) => new Map(pids.map((pid) => [pid, cpuMs(pid)]).filter(([, ms]) => ms !== undefined));
  return {
    node: take(cluster.processes.filter((p) => p.alive).map((p) => p.child.pid)),
    postgres: take(rows.map((row) => row.pid)),
  };
}

/** CPU milliseconds spent between two snapshots (processes that started meanwhile count whole). */
export function cpuSpent(before, after) {
  const spent = (kind) =>
    [...after[kind]].reduce((sum, [pid, ms]) => sum + Math.max(0, ms - (before[kind].get(pid) ?? 0)), 0);
  return { node: Math.round(spent('node')), postgres: Math.round(spent('postgres')) };
}

/** Transactions committed, rows written and bytes stored in the database so far. */
export async function databaseCounters(db) {
  const { rows } = await db.query(
    `SELECT xact_commit::bigint AS commits, (tup_inserted + tup_updated + tup_deleted)::bigint AS rows,
            pg_database_size(current_database()) AS bytes
       FROM pg_stat_database WHERE datname = current_database()`,
  );
  return { commits: Number(rows[0].commits), rows: Number(rows[0].rows), bytes: Number(rows[0].bytes) };
}

// Scale-out (issue 11): what 1, 2 and 4 API processes with as many workers carry on one PostgreSQL
// and one Redis, measured with the chaos run's clients and business (test/chaos) without faults:
// closed-loop clients, each an SME registering, confirming, paying and financing receivables, an
// Idempotency-Key on every POST. Figures only; PostgreSQL and REDIS_URL needed (embedded: skipped).
import { runChaos } from '../test/chaos/chaos.mjs';

export const name = 'scale-out';
export const title = 'N API processes and N workers on one PostgreSQL and Redis';

const SHAPES = [1, 2, 4];
const CLIENTS = Number(process.env.SCALE_OUT_CLIENTS ?? 32);
const SECONDS = Number(process.env.SCALE_OUT_SECONDS ?? 45);

export async function run({ target, postgresUrl }) {
  if (target !== 'postgres' || !process.env.REDIS_URL) return null;
  const shapes = [];
  for (const n of SHAPES) {
    console.log(`${n} API + ${n} workers, ${CLIENTS} clients, ${SECONDS} s`);
    const { passed, figures } = await runChaos({
      apis: n,
      workers: n,
      clients: CLIENTS,
      seconds: SECONDS,
      faults: false,
      serverUrl: postgresUrl,
    });
    shapes.push({ ...figures, invariantsHeld: passed });
  }
  return shapes;
}

export function markdown(report) {
  const shapes = report.results.postgres ?? [];
  return [
    `# ${report.title}`,
    '',
    `${report.ranAt}, Node ${report.machine.node}, ${report.machine.cpus} CPUs (${report.machine.cpuModel}), ` +
      'shared with other work while it ran: compare the rows with each other, not with other runs.',
    '',
    '| API + workers | clients | requests/s | stories/s | p50 ms | p99 ms | drain s | CPU ms/story: API+workers | PostgreSQL | transactions/story | rows/story | kB/story | invariants |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...shapes.map(
      (s) =>
        `| ${s.apis} + ${s.workers} | ${s.clients} | ${s.perSecond} | ${s.storiesPerSecond} | ${s.latencyMs.p50} | ` +
        `${s.latencyMs.p99} | ${s.drainSeconds} | ${s.cpuMsPerStory.node} | ${s.cpuMsPerStory.postgres} | ` +
        `${s.commitsPerStory} | ${s.rowsPerStory} | ${s.kilobytesPerStory} | ${s.invariantsHeld ? 'held' : 'FAILED'} |`,
    ),
    '',
    'A story is one receivable through its life: register, confirm, then payment, or financing (request, approve, ' +
      'disburse, repay) and payment, or a race of two financing requests; every write carries an Idempotency-Key. ' +
      'CPU time is that of the run’s own processes and database backends, load and drain together: unlike ' +
      'requests/s, it does not depend on what else the machine was doing.',
    '',
  ].join('\n');
}

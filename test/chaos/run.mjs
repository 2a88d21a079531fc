// `npm run chaos [-- --short] [--clients N] [--seconds S] [--apis N] [--workers N] [--no-faults] [--keep]`
//
// A chaos run (chaos.mjs): API and worker processes under load with an Idempotency-Key on every
// POST, killed and started again, their database and Redis connections dropped; then the
// invariants, and the figures. Exit code 1 when an invariant fails. `--short` is what CI runs.
import { parseArgs } from 'node:util';
import { runChaos } from './chaos.mjs';

const { values: options } = parseArgs({
  options: {
    short: { type: 'boolean', default: false },
    clients: { type: 'string' },
    seconds: { type: 'string' },
    apis: { type: 'string', default: '2' },
    workers: { type: 'string', default: '2' },
    'no-faults': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const started = performance.now();
const at = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

// Stopped from outside (Ctrl-C, a CI timeout): exit, so that the cluster's processes are killed too.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(1));

let outcome = { passed: false };
try {
  outcome = await runChaos({
    apis: Number(options.apis),
    workers: Number(options.workers),
    clients: Number(options.clients ?? (options.short ? 8 : 16)),
    seconds: Number(options.seconds ?? (options.short ? 25 : 75)),
    faults: !options['no-faults'],
    keep: options.keep,
    log: (message) => console.log(`[${at()}] ${message}`),
  });
  const f = outcome.figures;
  console.log('\n== Figures');
  console.log(
    `  processes          ${f.apis} API + ${f.workers} workers, ${f.clients} clients, ${f.seconds} s of load`,
  );
  console.log(`  requests           ${f.requests} (${f.perSecond}/s), ${f.stories} stories (${f.storiesPerSecond}/s)`);
  console.log(`  by status          ${JSON.stringify(f.byStatus)}`);
  console.log(`  network errors     ${f.networkErrors} (connections refused by a process down, or cut)`);
  console.log(
    `  writes in doubt    ${f.inDoubt}: ${f.settledByReplay} settled by their stored first answer, ` +
      `${f.inDoubt - f.settledByReplay} had not committed and ran once on the retry`,
  );
  console.log(
    `  answer latency ms  p50 ${f.latencyMs.p50}, p90 ${f.latencyMs.p90}, p99 ${f.latencyMs.p99}, ` +
      `max ${f.latencyMs.max} (retries included)`,
  );
  console.log(`  time to drain      ${f.drainSeconds} s after the load`);
  console.log(
    `  database           per story: ${f.commitsPerStory} transactions, ${f.rowsPerStory} rows written, ` +
      `${f.kilobytesPerStory} kB more on disk`,
  );
  if (f.cpuMsPerStory) {
    console.log(
      `  CPU per story      ${f.cpuMsPerStory.node} ms in API and workers, ${f.cpuMsPerStory.postgres} ms in PostgreSQL`,
    );
  }
  console.log(
    `  webhooks           ${f.webhookRequests} received, ${f.webhooksRefusedOnPurpose} refused once on purpose`,
  );
  for (const fault of outcome.faults) {
    console.log(`  fault at ${fault.at.padStart(7)}  ${fault.what}${fault.result ? ` (${fault.result})` : ''}`);
  }
  console.log('\n== Invariants');
  for (const result of outcome.invariants)
    console.log(`  ${result.ok ? 'ok  ' : 'FAIL'}  ${result.name}: ${result.detail}`);
} catch (error) {
  console.error(error);
}
console.log(`\n${outcome.passed ? 'PASSED' : 'FAILED'} in ${at()}`);
process.exit(outcome.passed ? 0 : 1);

// `npm run bench [scenario ...]`: runs every bench/*.bench.mjs scenario (or those named) on the
// embedded database and, when DATABASE_URL names a PostgreSQL server, on PostgreSQL too, in one
// run; each scenario's figures go to bench/results/<name>.json and <name>.md. A scenario exports
// `name`, `title`, `run({target, postgresUrl})` returning its figures, and `markdown(report)`.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';

const only = process.argv.slice(2);
const scenarios = readdirSync(join(ROOT, 'bench'))
  .filter((file) => file.endsWith('.bench.mjs'))
  .filter((file) => only.length === 0 || only.includes(file.replace(/\.bench\.mjs$/, '')))
  .sort();
const postgresUrl = process.env.DATABASE_URL || undefined;
// BENCH_TARGETS=postgres (or embedded) runs one target only.
const targets = ['embedded', ...(postgresUrl ? ['postgres'] : [])].filter(
  (target) => !process.env.BENCH_TARGETS || process.env.BENCH_TARGETS.split(',').includes(target),
);
const machine = {
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
};
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
if (!postgresUrl) console.log('DATABASE_URL is not set: PostgreSQL figures are skipped.');

for (const file of scenarios) {
  const scenario = await import(join(ROOT, 'bench', file));
  const results = {};
  for (const target of targets) {
    console.log(`\n== ${scenario.name} on ${target}`);
    results[target] = await scenario.run({ target, postgresUrl });
  }
  const report = { scenario: scenario.name, title: scenario.title, ranAt: new Date().toISOString(), machine, results };
  writeFileSync(join(ROOT, 'bench/results', `${scenario.name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(ROOT, 'bench/results', `${scenario.name}.md`), scenario.markdown(report));
  console.log(scenario.markdown(report));
}

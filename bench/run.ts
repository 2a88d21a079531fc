// `npm run bench [scenario ...]`: runs benchmark scenarios one after the other; each writes
// bench/results/<scenario>.json and .md. Scenarios are the files bench/<name>.bench.ts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeResults, type ScenarioResult } from './bench-kit';

async function main(): Promise<void> {
  const available = readdirSync(__dirname)
    .filter((file) => file.endsWith('.bench.js'))
    .map((file) => file.replace(/\.bench\.js$/, ''));
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !available.includes(name));
  if (unknown.length > 0) throw new Error(`Unknown scenario ${unknown.join(', ')}; there are: ${available.join(', ')}`);
  for (const name of asked.length > 0 ? asked : available) {
    process.stdout.write(`bench ${name}\n`);
    const scenario = (await import(join(__dirname, `${name}.bench.js`))) as { run: () => Promise<ScenarioResult> };
    writeResults(await scenario.run());
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

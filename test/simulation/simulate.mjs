// `npm run simulate -- [--seed N] [--steps M]`: one seeded run of the domain simulation
// (test/simulation) on the embedded database. Without --seed a random seed is drawn and printed;
// a failure prints the command that replays it exactly. `--seeds 1,2,3` runs several; `--log`
// prints every step.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = new URL('../..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    seeds: { type: 'string' },
    steps: { type: 'string', default: '500' },
    log: { type: 'boolean', default: false },
  },
});
const seeds = values.seeds ?? values.seed ?? String(randomInt(1, 2 ** 31));
console.log(`simulation: seed ${seeds}, ${values.steps} steps`);
const { status } = spawnSync(
  process.execPath,
  ['--experimental-vm-modules', join(root, 'node_modules/jest/bin/jest.js'), 'test/simulation', '--verbose'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SIM_SEEDS: seeds, SIM_STEPS: values.steps, ...(values.log ? { SIM_LOG: '1' } : {}) },
  },
);
process.exit(status ?? 1);

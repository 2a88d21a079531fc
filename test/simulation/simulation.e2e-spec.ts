import { DataSource } from 'typeorm';
import { startApi } from '../support/api';
import { adminToken } from '../factories/enterprises';
import { readModelViolations, violations } from './invariants';
import type { Operation } from './operation';
import { OPERATIONS } from './operations';
import { Random } from './random';
import { populate } from './setup';
import { World } from './world';

// CI runs these seeds (`npm test`); `npm run simulate -- --seed N --steps M` runs any other.
const SEEDS = (process.env.SIM_SEEDS ?? '1,2,3').split(',').map(Number);
const STEPS = Number(process.env.SIM_STEPS ?? 100);
// The read model is compared (after every event is handled) this often, and at the end.
const READ_MODEL_EVERY = 40;
const LOG_TAIL = 25;

function draw(random: Random, world: World): Operation {
  const open = OPERATIONS.filter((operation) => operation.applicable(world));
  let at = random.next() * open.reduce((sum, operation) => sum + operation.weight, 0);
  for (const operation of open) {
    at -= operation.weight;
    if (at < 0) return operation;
  }
  return open[open.length - 1];
}

/**
 * A seeded, deterministic run of the domain on the embedded database: actors register, confirm,
 * dispute, cancel, pay, pledge, decide and race, over HTTP; every answer is checked against a
 * model of what it must be, and the invariants are checked after every step. The same seed draws
 * the same operations, so a failure is replayed exactly with the command it prints.
 */
describe('seeded simulation of the domain', () => {
  for (const seed of SEEDS) {
    it(
      `seed ${seed}: ${STEPS} steps hold every invariant`,
      async () => {
        const api = await startApi();
        const log: string[] = [];
        let step = 0;
        try {
          const admin = await adminToken(api.http);
          const db = api.app.get(DataSource);
          const world = new World(api.http, new Random(seed));
          await populate(world, admin);
          for (step = 1; step <= STEPS; step += 1) {
            const operation = draw(world.random, world);
            log.push(`${step}. ${await operation.run(world)}`);
            const broken = await violations(world, db, admin);
            if (step % READ_MODEL_EVERY === 0 || step === STEPS)
              broken.push(...(await readModelViolations(world, db, admin)));
            if (broken.length > 0) throw new Error(broken.join('\n'));
          }
          if (process.env.SIM_LOG) process.stdout.write(`\nseed ${seed}:\n${log.join('\n')}\n`);
        } catch (error) {
          const replay = `npm run simulate -- --seed ${seed} --steps ${step}`;
          throw new Error(
            `Simulation seed ${seed} failed at step ${step}: ${error instanceof Error ? error.message : String(error)}\n` +
              `Last steps:\n${log.slice(-LOG_TAIL).join('\n')}\nReplay exactly: ${replay}`,
            { cause: error },
          );
        } finally {
          await api.close();
        }
      },
      60_000 + STEPS * 2_000,
    );
  }
});

import { currentLane, laneVariable } from './postgres-lanes';

// Runs before each test file: its lane's PostgreSQL database, or a throw-away embedded one.
const lane = currentLane();
const laneDatabase = process.env[laneVariable('DATABASE_URL', lane)];
if (laneDatabase) {
  process.env.DATABASE_URL = laneDatabase;
  // Queue mode: the lane's worker listens on the prefix that global setup chose.
  process.env.QUEUE_PREFIX = process.env[laneVariable('QUEUE_PREFIX', lane)];
}
if (process.env.DATABASE_URL) {
  const name = new URL(process.env.DATABASE_URL).pathname.slice(1);
  if (!/test/i.test(name)) throw new Error(`Refusing to run tests against database "${name}": its name must say test`);
} else {
  process.env.EMBEDDED_DATABASE_DIR = 'memory://';
}
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL ??= 'warn';
process.env.SEED_DEMO = 'false';
// Suites send many requests as one user; the limit itself is tested with its own small value.
process.env.RATE_LIMIT_PER_MINUTE ??= '1000000';
process.env.BOOTSTRAP_ADMIN_USERNAME = 'admin';
process.env.BOOTSTRAP_ADMIN_PASSWORD = 'Test-Admin-Password-1!';
process.env.QUEUE_PREFIX ??= `gqt-test-${process.pid}-${Date.now().toString(36)}`;

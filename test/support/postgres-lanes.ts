/**
 * On PostgreSQL a run has a few lanes, one per Jest worker: each lane has its own database and, in
 * queue mode, its own queue prefix and apps/worker process. The files of one lane run one at a
 * time on its database, as a single PostgreSQL run used to, while the lanes run side by side:
 * most of an end-to-end file's time is spent waiting on timers and other processes, not the CPU.
 */
// jest.config.js sets the number (TEST_POSTGRES_LANES, default 2) and runs one worker per lane.
export const POSTGRES_LANES = Math.max(1, Number(process.env.TEST_POSTGRES_LANES ?? 1));

/** The environment variable global setup fills with a lane's database or queue prefix. */
export function laneVariable(name: 'DATABASE_URL' | 'QUEUE_PREFIX', lane: number): string {
  return `GQT_LANE_${lane}_${name}`;
}

/** Jest numbers its workers from 1; a run in band is worker 1. */
export function currentLane(): number {
  return Number(process.env.JEST_WORKER_ID ?? 1);
}

import type { World } from './world';

/**
 * One kind of thing an actor does. Each lives in its own file under operations/ and is listed in
 * operations/index.ts: a new part of the domain plugs in as new files there.
 */
export interface Operation {
  name: string;
  /** How often it is drawn, relative to the others. */
  weight: number;
  /** Whether the world has anything for it to act on. */
  applicable(world: World): boolean;
  /**
   * Acts over HTTP, checks every answer against what the model says it must be (World.expect),
   * and brings the model up to date. Returns a line for the step log.
   */
  run(world: World): Promise<string>;
}

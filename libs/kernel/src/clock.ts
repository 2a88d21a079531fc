/** The time source of every rule that depends on "now"; tests and demos may pin it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

import { MAX_RETRY_DELAY_MS, RETRY_WINDOW_MS, nextAttemptAt, retryDelayMs } from './retry-schedule';

describe('webhook retry schedule', () => {
  const base = 30_000;

  it('doubles the delay from the base up to the ceiling', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, base))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20, base)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs(5000, base)).toBe(MAX_RETRY_DELAY_MS);
  });

  it('keeps retrying a receiver that never answers for at least 24 hours', () => {
    const created = new Date('2026-03-01T00:00:00Z');
    const retryUntil = new Date(created.getTime() + RETRY_WINDOW_MS);
    let now = created;
    let attempt = 1;
    for (let next = nextAttemptAt(attempt, now, retryUntil, base); next; attempt += 1) {
      now = next;
      next = nextAttemptAt(attempt + 1, now, retryUntil, base);
    }
    expect(now.getTime() - created.getTime()).toBeGreaterThanOrEqual(RETRY_WINDOW_MS);
    expect(now.getTime() - created.getTime()).toBeLessThan(RETRY_WINDOW_MS + MAX_RETRY_DELAY_MS);
    expect(attempt).toBeGreaterThan(10);
  });
});

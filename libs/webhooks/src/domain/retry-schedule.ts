// api-contract.md § Webhooks: a failed delivery is retried with exponential backoff for at least
// 24 hours. The delay doubles from the base up to a ceiling; the delivery gives up only after an
// attempt that fails once the 24 hours are over, so the last try is never earlier than that.
export const RETRY_WINDOW_MS = 24 * 3600 * 1000;
export const MAX_RETRY_DELAY_MS = 4 * 3600 * 1000;

/** The wait after the `attempt`-th failed attempt (1-based). */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.min(attempt - 1, 30), MAX_RETRY_DELAY_MS);
}

/** When to try again after a failure at `now`, or null when the delivery gives up. */
export function nextAttemptAt(attempt: number, now: Date, retryUntil: Date, baseMs: number): Date | null {
  if (now.getTime() >= retryUntil.getTime()) return null;
  return new Date(now.getTime() + retryDelayMs(attempt, baseMs));
}

import { ruleViolation } from '@gqt/kernel';

const DAY_MS = 86_400_000;
// How long a request may stay before its banks: the SME picks up to this; the default is 7 days.
export const MAX_OFFER_WINDOW_DAYS = 30;

/** When an OPEN request expires: the SME's choice within (now, now + 30 days], else 7 days from now. */
export function expiryOf(requested: Date | undefined, now: Date, defaultDays: number): Date {
  if (requested === undefined) return new Date(now.getTime() + defaultDays * DAY_MS);
  if (requested.getTime() <= now.getTime() || requested.getTime() > now.getTime() + MAX_OFFER_WINDOW_DAYS * DAY_MS) {
    throw ruleViolation(
      'EXPIRY_OUT_OF_RANGE',
      `expiresAt must be after now and at most ${MAX_OFFER_WINDOW_DAYS} days ahead`,
    );
  }
  return requested;
}

/** An offer holds until validUntil, which must be ahead of now. */
export function assertValidity(validUntil: Date, now: Date): void {
  if (validUntil.getTime() <= now.getTime()) {
    throw ruleViolation('VALIDITY_IN_PAST', `validUntil ${validUntil.toISOString()} is not after now`);
  }
}

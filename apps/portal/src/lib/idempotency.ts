/**
 * A fresh Idempotency-Key for one intended write: a double click or a retry after a lost answer
 * sends the same key, and the API applies the write once (api-contract.md § Conventions).
 */
export function newIdempotencyKey(): string {
  // crypto.randomUUID needs a secure context; getRandomValues works on plain-HTTP intranet hosts too.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Database failures that say nothing about the request: the same transaction, run again on a
 * fresh connection, may well succeed. `conflict`: PostgreSQL rolled the transaction back
 * (serialization failure, deadlock). `connection`: the connection was lost, so a COMMIT in flight
 * may or may not have happened.
 */
export type TransientFault = 'conflict' | 'connection';

// PostgreSQL error codes (Appendix A): class 40 rollbacks, class 08 connection exceptions, and the
// server ending or refusing sessions (pg_terminate_backend is 57P01 admin_shutdown).
const CONFLICT_CODES = new Set(['40001', '40P01']);
const CONNECTION_CODES = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTCONN']);
// What `pg`, its pool and TypeORM say when the socket went away (they carry no SQLSTATE).
const CONNECTION_MESSAGES =
  /Connection terminated|not queryable|timeout exceeded when trying to connect|Query runner already released|terminating connection/i;

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  name?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

export function transientFault(error: unknown): TransientFault | undefined {
  for (let current = error as ErrorLike | undefined, depth = 0; current && depth < 4; depth += 1) {
    const code = typeof current.code === 'string' ? current.code : undefined;
    if (code && CONFLICT_CODES.has(code)) return 'conflict';
    if (code && (CONNECTION_CODES.has(code) || NETWORK_CODES.has(code))) return 'connection';
    if (
      current.name === 'QueryRunnerAlreadyReleasedError' ||
      current.name === 'QueryRunnerProviderAlreadyReleasedError'
    )
      return 'connection';
    if (!code && typeof current.message === 'string' && CONNECTION_MESSAGES.test(current.message)) return 'connection';
    current = (current.driverError ?? current.cause) as ErrorLike | undefined;
  }
  return undefined;
}

/**
 * The connection was lost while COMMIT was in flight: the transaction may have committed. Only a
 * record written in the same transaction (the Idempotency-Key's stored answer) can tell.
 */
export class CommitOutcomeUnknownError extends Error {
  constructor(readonly fault: unknown) {
    super('The database connection was lost during COMMIT; the transaction may or may not have committed');
    this.name = 'CommitOutcomeUnknownError';
  }
}

/** Whether an error means "the service cannot answer right now; retry": 503, never 500. */
export const isUnavailable = (error: unknown): boolean =>
  error instanceof CommitOutcomeUnknownError || transientFault(error) !== undefined;

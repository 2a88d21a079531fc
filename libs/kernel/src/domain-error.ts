/**
 * What kind of refusal an error is. The HTTP edge maps each kind to one status
 * (api-contract.md § Conventions); domain code never chooses a status itself.
 */
export type ErrorKind =
  | 'INVALID' // 400: malformed or invalid input
  | 'UNAUTHENTICATED' // 401
  | 'FORBIDDEN' // 403: the role may never do this
  | 'NOT_FOUND' // 404: absent or not visible to the caller
  | 'CONFLICT' // 409: the resource's state does not allow it, or a duplicate
  | 'RULE' // 422: a business rule refuses otherwise valid input
  | 'RATE_LIMITED'; // 429

export interface FieldError {
  field: string;
  message: string;
}

export interface DomainErrorDetails {
  fieldErrors?: FieldError[];
  /** For RATE_LIMITED: when the caller may try again. */
  retryAfterSeconds?: number;
  /** Extra members of the problem document (e.g. OAuth2's `error`). */
  extensions?: Record<string, string>;
  /**
   * The refusal in another language than English, by BCP 47 tag (`zh-CN`): the detail and the
   * field messages, in the order of `fieldErrors`. Without it the HTTP edge says it generically.
   */
  localized?: Record<string, { detail?: string; fieldMessages?: string[] }>;
}

/** A refusal with a stable UPPER_SNAKE code that clients can rely on. */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    detail: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}

export const invalid = (code: string, detail: string, fieldErrors?: FieldError[]) =>
  new DomainError('INVALID', code, detail, { fieldErrors });
export const notFound = (what: string) => new DomainError('NOT_FOUND', 'NOT_FOUND', `${what} was not found`);
export const conflict = (code: string, detail: string) => new DomainError('CONFLICT', code, detail);
export const ruleViolation = (code: string, detail: string) => new DomainError('RULE', code, detail);
export const forbidden = (detail = 'Your role may not do this') => new DomainError('FORBIDDEN', 'FORBIDDEN', detail);
export const invalidState = (detail: string) => conflict('INVALID_STATE', detail);
export const rateLimited = (code: string, detail: string, retryAfterSeconds: number) =>
  new DomainError('RATE_LIMITED', code, detail, { retryAfterSeconds });

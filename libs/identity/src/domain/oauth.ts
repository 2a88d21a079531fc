import { DomainError, type ErrorKind } from '@gqt/kernel';
import { CLIENT_SCOPES, type ClientScope } from '@gqt/platform';

export type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'unsupported_grant_type' | 'invalid_scope';

const KIND: Record<OAuthErrorCode, ErrorKind> = {
  invalid_request: 'INVALID',
  invalid_client: 'UNAUTHENTICATED',
  unsupported_grant_type: 'INVALID',
  invalid_scope: 'INVALID',
};

/** RFC 6749 § 5.2 errors, as problem+json that also carries `error` and `error_description`. */
export function oauthError(error: OAuthErrorCode, description: string): DomainError {
  return new DomainError(KIND[error], error.toUpperCase(), description, {
    extensions: { error, error_description: description },
  });
}

/** The scopes a token gets: those asked for (space-delimited), each granted to the client; all granted when none asked. */
export function grantedScopes(requested: string | undefined, granted: readonly ClientScope[]): ClientScope[] {
  if (requested === undefined || requested.trim() === '') return [...granted];
  const asked = [...new Set(requested.trim().split(/\s+/))];
  const refused = asked.filter(
    (scope) => !granted.includes(scope as ClientScope) || !CLIENT_SCOPES.includes(scope as ClientScope),
  );
  if (refused.length > 0) throw oauthError('invalid_scope', `Scope not granted to this client: ${refused.join(' ')}`);
  return asked as ClientScope[];
}

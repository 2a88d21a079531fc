import { DomainError, type ErrorKind } from '@gqt/kernel';
import { CLIENT_SCOPES, isStorableText, type ClientScope } from '@gqt/platform';

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

/**
 * RFC 6749 § 2.3.1: client credentials in HTTP Basic are form-urlencoded, then base64. Credentials
 * that do not decode to text are a failed client authentication (§ 5.2 invalid_client).
 */
export function basicCredentials(authorization: string | undefined): { id?: string; secret?: string } {
  const match = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) return {};
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return {};
  const decode = (part: string) => {
    let text: string;
    try {
      text = decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      throw oauthError('invalid_client', 'The HTTP Basic credentials are not form-urlencoded text');
    }
    if (!isStorableText(text)) throw oauthError('invalid_client', 'The HTTP Basic credentials are not text');
    return text;
  };
  return { id: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) };
}

import { EnumField, IntField, TextField } from '@gqt/platform';
import { JWT_PATTERN } from '../common/fields';

// Scopes as RFC 6749 § 3.3 writes them: space-delimited.
const SCOPE_LIST = /^[a-z:]+( [a-z:]+)*$/;

/** RFC 6749 § 4.4.2, as a form or as JSON. Validated by the token endpoint itself, whose errors are OAuth2's. */
export class OAuthTokenRequest {
  /** @example "client_credentials" */
  @TextField(50, { pattern: /^[a-z_]+$/ })
  grant_type!: string;

  /** Also accepted as HTTP Basic credentials. @example "gqt_3f9a0c1d2e4b5a6978c0d1e2" */
  @TextField(100, { pattern: /^\S+$/ })
  client_id?: string;

  @TextField(200, { pattern: /^\S+$/ })
  client_secret?: string;

  /** Space-delimited subset of the client's scopes; all of them when omitted. @example "financing:read financing:write" */
  @TextField(200, { pattern: SCOPE_LIST })
  scope?: string;
}

export class OAuthTokenResponse {
  @TextField(4096, { pattern: JWT_PATTERN })
  access_token!: string;

  /** @example "Bearer" */
  @EnumField(['Bearer'], 'TokenType')
  token_type!: 'Bearer';

  /** @example 3600 */
  @IntField(1, 86_400)
  expires_in!: number;

  /** @example "receivables:read financing:read financing:write webhooks:manage" */
  @TextField(200, { pattern: SCOPE_LIST })
  scope!: string;
}

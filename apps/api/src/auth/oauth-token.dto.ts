/** RFC 6749 § 4.4.2, as a form or as JSON. Validated by the token endpoint itself, whose errors are OAuth2's. */
export class OAuthTokenRequest {
  /** @example "client_credentials" */
  grant_type!: string;

  /** Also accepted as HTTP Basic credentials. @example "gqt_3f9a0c1d2e4b5a6978c0d1e2" */
  client_id?: string;

  client_secret?: string;

  /** Space-delimited subset of the client's scopes; all of them when omitted. @example "financing:read financing:write" */
  scope?: string;
}

export class OAuthTokenResponse {
  access_token!: string;

  /** @example "Bearer" */
  token_type!: 'Bearer';

  /** @example 3600 */
  expires_in!: number;

  /** @example "receivables:read financing:read financing:write webhooks:manage" */
  scope!: string;
}

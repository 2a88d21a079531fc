import { EnumField, IntField, TextField } from '@gqt/platform';
import { JWT_PATTERN } from '../common/fields';

export class LoginDto {
  /** @example "admin" */
  @TextField(64, { minLength: 1 })
  username!: string;

  /** @example "Acceptance-Admin-1!" */
  @TextField(128, { minLength: 1 })
  password!: string;
}

export class AccessTokenResponse {
  /** A bearer token for the Authorization header. */
  @TextField(4096, { pattern: JWT_PATTERN })
  accessToken!: string;

  /** @example "Bearer" */
  @EnumField(['Bearer'], 'TokenType')
  tokenType!: 'Bearer';

  /** Seconds until the token expires. @example 3600 */
  @IntField(1, 86_400)
  expiresIn!: number;
}

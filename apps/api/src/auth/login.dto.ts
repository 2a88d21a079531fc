import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  /** @example "admin" */
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username!: string;

  /** @example "Acceptance-Admin-1!" */
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  password!: string;
}

export class AccessTokenResponse {
  /** A bearer token for the Authorization header. */
  accessToken!: string;

  /** @example "Bearer" */
  tokenType!: 'Bearer';

  /** Seconds until the token expires. @example 3600 */
  expiresIn!: number;
}

import { IsInt, IsOptional, IsString, Max, Min, MinLength } from 'class-validator';
import { envInt, validatedConfig } from './validated-config';

export class AuthConfig {
  /** HMAC key for access tokens; required in production, generated and kept in the database otherwise. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  jwtSecret?: string;

  @IsInt()
  @Min(60)
  @Max(86400)
  accessTokenTtlSeconds = 3600;

  @IsString()
  bootstrapAdminUsername = 'admin';

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'BOOTSTRAP_ADMIN_PASSWORD must be at least 12 characters' })
  bootstrapAdminPassword?: string;

  /** Failed logins allowed per username and address before a lockout (OWASP brute-force advice). */
  @IsInt()
  @Min(1)
  failedLoginLimit = 5;

  @IsInt()
  @Min(1)
  failedLoginWindowSeconds = 300;
}

export const authConfig = validatedConfig('auth', AuthConfig, (env) => ({
  jwtSecret: env.JWT_SECRET || undefined,
  accessTokenTtlSeconds: envInt(env.ACCESS_TOKEN_TTL_SECONDS),
  bootstrapAdminUsername: env.BOOTSTRAP_ADMIN_USERNAME || undefined,
  bootstrapAdminPassword: env.BOOTSTRAP_ADMIN_PASSWORD || undefined,
  failedLoginLimit: envInt(env.FAILED_LOGIN_LIMIT),
  failedLoginWindowSeconds: envInt(env.FAILED_LOGIN_WINDOW_SECONDS),
}));

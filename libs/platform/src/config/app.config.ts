import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { envFlag, envInt, validatedConfig } from './validated-config';

export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  nodeEnv: 'development' | 'production' | 'test' = 'development';

  @IsInt()
  @Min(0)
  @Max(65535)
  port = 3000;

  /** Comma-separated origins allowed by CORS; empty means same-origin only. */
  @IsString()
  corsOrigins = '';

  /** Demo enterprises, users and a bank client on first start (api-contract.md § Running); off in production unless asked. */
  @IsOptional()
  @IsBoolean()
  seedDemo?: boolean;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  logLevel = 'info';

  /** Requests each caller (a user, an API client, or an address without credentials) may make a minute. */
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  rateLimitPerMinute = 1200;

  /** Where the embedded database and local files live. */
  @IsString()
  dataDir = './data';

  get production(): boolean {
    return this.nodeEnv === 'production';
  }

  get demo(): boolean {
    return this.seedDemo ?? !this.production;
  }
}

export const appConfig = validatedConfig('app', AppConfig, (env) => ({
  nodeEnv: env.NODE_ENV,
  port: envInt(env.PORT),
  corsOrigins: env.CORS_ORIGINS,
  seedDemo: envFlag(env.SEED_DEMO),
  dataDir: env.DATA_DIR,
  rateLimitPerMinute: envInt(env.RATE_LIMIT_PER_MINUTE),
  logLevel: env.LOG_LEVEL,
}));

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
  logLevel: env.LOG_LEVEL,
}));

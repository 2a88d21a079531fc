import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { envInt, validatedConfig } from './validated-config';

export class DatabaseConfig {
  /** PostgreSQL connection string; without it the embedded PostgreSQL (PGlite) is used. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  url?: string;

  /** Embedded mode only: a folder, or "memory://" for a throw-away database. */
  @IsString()
  embeddedDataDir = './data/pgdata';

  @IsInt()
  @Min(1)
  @Max(200)
  poolSize = 10;
}

export const databaseConfig = validatedConfig('database', DatabaseConfig, (env) => ({
  url: env.DATABASE_URL || undefined,
  embeddedDataDir: env.EMBEDDED_DATABASE_DIR ?? (env.DATA_DIR ? `${env.DATA_DIR}/pgdata` : undefined),
  poolSize: envInt(env.DATABASE_POOL_SIZE),
}));

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

  /**
   * Embedded mode only: PostgreSQL's buffer cache inside PGlite's WebAssembly heap, which never
   * shrinks. PGlite's default of 128MB grows the process by as much under load; the data files are
   * in the operating system's page cache anyway (see bench/memory-storm.bench.mjs).
   */
  @Matches(/^\d{1,5}(kB|MB|GB)$/, { message: 'EMBEDDED_SHARED_BUFFERS must be a size such as 32MB' })
  embeddedSharedBuffers = '32MB';
}

export const databaseConfig = validatedConfig('database', DatabaseConfig, (env) => ({
  url: env.DATABASE_URL || undefined,
  embeddedDataDir: env.EMBEDDED_DATABASE_DIR ?? (env.DATA_DIR ? `${env.DATA_DIR}/pgdata` : undefined),
  poolSize: envInt(env.DATABASE_POOL_SIZE),
  embeddedSharedBuffers: env.EMBEDDED_SHARED_BUFFERS || undefined,
}));

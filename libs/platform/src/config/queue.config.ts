import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { envFlag, envInt, validatedConfig } from './validated-config';

export class QueueConfig {
  /** Redis for bull; without it jobs run in-process. */
  @IsOptional()
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' })
  redisUrl?: string;

  /** Key prefix of the bull queues, so that several deployments can share one Redis. */
  @IsString()
  prefix = 'gqt';

  /** Queue mode: whether this API process also consumes jobs (apps/worker always does). */
  @IsBoolean()
  apiConsumesJobs = false;

  @IsInt()
  @Min(1)
  @Max(64)
  concurrency = 8;

  get queueMode(): boolean {
    return this.redisUrl !== undefined;
  }
}

export const queueConfig = validatedConfig('queue', QueueConfig, (env) => ({
  redisUrl: env.REDIS_URL || undefined,
  prefix: env.QUEUE_PREFIX,
  apiConsumesJobs: envFlag(env.API_CONSUMES_JOBS),
  concurrency: envInt(env.WORKER_CONCURRENCY),
}));

import Redis from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

export interface SharedLimiter {
  limiter: RateLimiterAbstract;
  /** Closes the limiter's Redis connection, if it has one. */
  close(): void;
}

/**
 * Counts shared by every API process in queue mode (in Redis), in the process otherwise. While
 * Redis is out of reach each process counts on its own (the library's insurance limiter) rather
 * than failing the request: a limit must not turn an outage into 500s.
 */
export function sharedLimiter(redisUrl: string | undefined, options: IRateLimiterOptions): SharedLimiter {
  if (!redisUrl) return { limiter: new RateLimiterMemory(options), close: () => undefined };
  const redis = new Redis(redisUrl, { enableOfflineQueue: false, lazyConnect: false });
  const limiter = new RateLimiterRedis({
    ...options,
    storeClient: redis,
    insuranceLimiter: new RateLimiterMemory(options),
  });
  return { limiter, close: () => redis.disconnect() };
}

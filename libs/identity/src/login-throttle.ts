import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { rateLimited } from '@gqt/kernel';
import { authConfig, queueConfig, sharedLimiter, type SharedLimiter } from '@gqt/platform';

/**
 * Counts failed logins per username and address (OWASP authentication cheat sheet: limit
 * guessing without letting strangers lock out a user everywhere). In queue mode the counts live
 * in Redis, so every API process sees them.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly counts: SharedLimiter;

  constructor(
    @Inject(authConfig.KEY) private readonly auth: ConfigType<typeof authConfig>,
    @Inject(queueConfig.KEY) queue: ConfigType<typeof queueConfig>,
  ) {
    const options = {
      points: auth.failedLoginLimit,
      duration: auth.failedLoginWindowSeconds,
      keyPrefix: `${queue.prefix}:login`,
    };
    this.counts = sharedLimiter(queue.redisUrl, options);
  }

  /** Refuses the attempt (429 with Retry-After) while the key is locked out. */
  async assertAllowed(key: string): Promise<void> {
    const state = await this.counts.limiter.get(key);
    if (state && state.consumedPoints >= this.auth.failedLoginLimit) {
      const retryAfter = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
      throw rateLimited('TOO_MANY_FAILED_LOGINS', `Too many failed logins; try again in ${retryAfter} s`, retryAfter);
    }
  }

  async failed(key: string): Promise<void> {
    await this.counts.limiter.consume(key).catch(() => undefined);
  }

  async succeeded(key: string): Promise<void> {
    await this.counts.limiter.delete(key);
  }

  onModuleDestroy(): void {
    this.counts.close();
  }
}

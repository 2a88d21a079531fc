import {
  Inject,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { rateLimited } from '@gqt/kernel';
import type { Request, Response } from 'express';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { from, type Observable } from 'rxjs';
import { switchMap } from 'rxjs/operators';
import type { Principal } from '../auth/principal';
import { appConfig } from '../config/app.config';
import { queueConfig } from '../config/queue.config';
import { sharedLimiter, type SharedLimiter } from './shared-limiter';

const WINDOW_SECONDS = 60;

/**
 * A fixed window of requests per caller and minute (OWASP API4:2023 unrestricted resource
 * consumption): the user or API client once authenticated, else the client's address. Every counted
 * answer carries RateLimit-Limit, -Remaining and -Reset (draft-ietf-httpapi-ratelimit-headers);
 * past the limit it is 429 RATE_LIMITED with Retry-After. In queue mode the counts live in Redis,
 * so every API process shares them (sharedLimiter).
 */
@Injectable()
export class RateLimitInterceptor implements NestInterceptor, OnModuleDestroy {
  private readonly counts: SharedLimiter;

  constructor(
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    @Inject(queueConfig.KEY) queue: ConfigType<typeof queueConfig>,
  ) {
    const options = { points: app.rateLimitPerMinute, duration: WINDOW_SECONDS, keyPrefix: `${queue.prefix}:rate` };
    this.counts = sharedLimiter(queue.redisUrl, options);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request & { user?: Principal }>();
    const response = http.getResponse<Response>();
    const caller = request.user ? `${request.user.type}:${request.user.id}` : `address:${request.ip ?? 'unknown'}`;
    return from(this.count(caller, response)).pipe(switchMap(() => next.handle()));
  }

  private async count(caller: string, response: Response): Promise<void> {
    let state: RateLimiterRes;
    let refused = false;
    try {
      state = await this.counts.limiter.consume(caller);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      state = error;
      refused = true;
    }
    const reset = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
    response.setHeader('RateLimit-Limit', String(this.app.rateLimitPerMinute));
    response.setHeader('RateLimit-Remaining', String(Math.max(0, state.remainingPoints)));
    response.setHeader('RateLimit-Reset', String(reset));
    if (refused) {
      throw rateLimited(
        'RATE_LIMITED',
        `More than ${this.app.rateLimitPerMinute} requests a minute; retry in ${reset} s`,
        reset,
      );
    }
  }

  onModuleDestroy(): void {
    this.counts.close();
  }
}

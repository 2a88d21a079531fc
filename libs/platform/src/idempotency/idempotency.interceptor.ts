import {
  Injectable,
  StreamableFile,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { DomainError, invalid, ruleViolation } from '@gqt/kernel';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { Principal } from '../auth/principal';
import { PROBLEM_CONTENT_TYPE, problemDocument } from '../http/problem';
import { ProblemFilter } from '../http/problem.filter';
import { IdempotencyRepository, type IdempotencyScope, type StoredResponse } from './idempotency.repository';
import { isIdempotencyKey, requestFingerprint } from './request-fingerprint';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

// api-contract.md § Conventions: the first response is kept 24 hours.
const RETENTION_HOURS = 24;
// How long a request may hold its key before a retry may take it over (its process died).
const LEASE_SECONDS = 60;
// How long a duplicate waits for the first request to finish before answering 409.
const MAX_WAIT_MS = 30_000;
const FIRST_POLL_MS = 20;
const MAX_POLL_MS = 250;

type AuthenticatedRequest = Request & { user?: Principal; id?: unknown };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Idempotency-Key on every authenticated POST (api-contract.md § Conventions). The key is taken
 * (an "in progress" row committed on its own) before the route runs; a simultaneous duplicate
 * waits for the first request to finish and then answers exactly what it answered. Answers below
 * 500 are kept (refusals too); server failures and rate limits are not, so a retry runs again.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly keys: IdempotencyRepository) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = request.header(IDEMPOTENCY_KEY_HEADER);
    if (context.getType() !== 'http' || request.method !== 'POST' || key === undefined || !request.user) {
      return next.handle();
    }
    // A promise, not an operator chain: the outcome is stored even if the client hangs up.
    return from(this.handle(request, context.switchToHttp().getResponse<Response>(), key, request.user, next));
  }

  private async handle(
    request: AuthenticatedRequest,
    response: Response,
    key: string,
    caller: Principal,
    next: CallHandler,
  ): Promise<unknown> {
    if (!isIdempotencyKey(key)) {
      throw invalid('VALIDATION_FAILED', 'Idempotency-Key must be 1-255 visible ASCII characters', [
        { field: IDEMPOTENCY_KEY_HEADER, message: 'must be 1-255 visible ASCII characters, e.g. a UUID' },
      ]);
    }
    const scope: IdempotencyScope = { callerType: caller.type, callerId: caller.id, key };
    const fingerprint = requestFingerprint({
      method: request.method,
      url: request.originalUrl,
      mediaType: request.headers['content-type']?.split(';')[0].trim().toLowerCase(),
      body: request.body,
      contentLength: request.headers['content-length'],
    });
    const owner = randomUUID();
    const replay = await this.acquire(scope, fingerprint, owner);
    if (replay) return this.replay(response, replay);
    try {
      const value: unknown = await lastValueFrom(next.handle() as Observable<unknown>, { defaultValue: undefined });
      const stored = this.storable(value, response.statusCode);
      if (stored) await this.keys.complete(scope, owner, stored);
      else await this.keys.release(scope, owner);
      return value;
    } catch (error) {
      const known = ProblemFilter.knownProblem(error);
      const keep = known !== undefined && known.status < 500 && known.status !== 429;
      if (keep) {
        // The same document the exception filter is about to send for this error.
        const body = JSON.stringify(problemDocument(known, request));
        await this.keys.complete(scope, owner, { status: known.status, contentType: PROBLEM_CONTENT_TYPE, body });
      } else {
        await this.keys.release(scope, owner).catch(() => undefined);
      }
      throw error;
    }
  }

  /** Takes the key, or waits for the request holding it and returns its answer. */
  private async acquire(scope: IdempotencyScope, fingerprint: string, owner: string): Promise<StoredResponse | null> {
    const deadline = Date.now() + MAX_WAIT_MS;
    for (let pause = FIRST_POLL_MS; ; pause = Math.min(pause * 2, MAX_POLL_MS)) {
      const found = await this.keys.claim(scope, fingerprint, owner, LEASE_SECONDS, RETENTION_HOURS);
      if (found.state === 'owned') return null;
      if (found.state !== 'gone' && found.fingerprint !== fingerprint) {
        throw ruleViolation(
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was already used with a different request (method, path or body); use a new key',
        );
      }
      if (found.state === 'completed') return found.response;
      if (Date.now() + pause > deadline) {
        throw new DomainError('CONFLICT', 'IDEMPOTENCY_KEY_IN_PROGRESS', 'A request with this key is in progress', {
          retryAfterSeconds: 1,
        });
      }
      await sleep(pause);
    }
  }

  private replay(response: Response, stored: StoredResponse): string | undefined {
    response.status(stored.status);
    if (stored.contentType) response.type(stored.contentType);
    response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
    return stored.body === '' ? undefined : stored.body;
  }

  /** The response as Express will write it, when it can be kept; streams and files cannot. */
  private storable(value: unknown, status: number): StoredResponse | undefined {
    if (value === undefined || value === null) return { status, contentType: '', body: '' };
    if (value instanceof StreamableFile || Buffer.isBuffer(value)) return undefined;
    if (typeof value === 'string') return { status, contentType: 'text/html', body: value };
    return { status, contentType: 'application/json', body: JSON.stringify(value) };
  }
}

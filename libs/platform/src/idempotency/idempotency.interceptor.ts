import {
  Injectable,
  StreamableFile,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Propagation, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError, invalid, ruleViolation } from '@gqt/kernel';
import type { Request, Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { Principal } from '../auth/principal';
import { CommitOutcomeUnknownError } from '../database/transient-fault';
import { PROBLEM_CONTENT_TYPE, problemDocument } from '../http/problem';
import { ProblemFilter } from '../http/problem.filter';
import { IdempotencyRepository, type IdempotencyScope, type StoredResponse } from './idempotency.repository';
import { isIdempotencyKey, requestFingerprint } from './request-fingerprint';
import { WITHOUT_IDEMPOTENCY } from './without-idempotency.decorator';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

// api-contract.md § Conventions: the first response is kept 24 hours.
const RETENTION_HOURS = 24;
// How long a duplicate waits for the first request to finish before answering 409.
const MAX_WAIT_MS = 30_000;
const FIRST_POLL_MS = 20;
const MAX_POLL_MS = 250;

type AuthenticatedRequest = Request & { user?: Principal; id?: unknown };

/** What one transaction of a keyed request came to. */
type Outcome =
  | { kind: 'busy' }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'answered'; value: unknown }
  | { kind: 'refused'; error: unknown };

/** The key got an answer between our reading and our writing it: roll back and read it. */
class AnsweredMeanwhile extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Idempotency-Key on every authenticated POST (api-contract.md § Conventions). A keyed request
 * runs in one transaction that takes the key's lock, runs the route (whose @Transactional services
 * join it) and writes the answer to the key before COMMIT: the effect and its answer commit
 * together or not at all, so a retry after any crash finds the first answer or runs once.
 * Refusals (4xx) are kept too: the route runs in a savepoint that is rolled back, and the refusal
 * is written in its place. A simultaneous duplicate finds the lock taken, waits for the first
 * request and answers what it answered. Server failures and rate limits are not kept.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly keys: IdempotencyRepository,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = request.header(IDEMPOTENCY_KEY_HEADER);
    const exempt = this.reflector.getAllAndOverride<boolean>(WITHOUT_IDEMPOTENCY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (context.getType() !== 'http' || request.method !== 'POST' || key === undefined || !request.user || exempt) {
      return next.handle();
    }
    // A promise, not an operator chain: the outcome is kept even if the client hangs up.
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
    const deadline = Date.now() + MAX_WAIT_MS;
    let unknownCommit: CommitOutcomeUnknownError | undefined;
    for (let pause = FIRST_POLL_MS; ; pause = Math.min(pause * 2, MAX_POLL_MS)) {
      const outcome = await this.txHost
        .withTransaction(() => this.attempt(scope, fingerprint, request, response, next))
        .catch((error: unknown): Outcome => {
          // Whether it committed is exactly what the key's record says: look again.
          if (error instanceof CommitOutcomeUnknownError) unknownCommit = error;
          else if (!(error instanceof AnsweredMeanwhile)) throw error;
          return { kind: 'busy' };
        });
      if (outcome.kind === 'replay') return this.replay(response, outcome.response);
      if (outcome.kind === 'answered') return outcome.value;
      if (outcome.kind === 'refused') throw outcome.error;
      if (Date.now() + pause > deadline) {
        if (unknownCommit) throw unknownCommit; // the database stayed out of reach: 503
        throw new DomainError('CONFLICT', 'IDEMPOTENCY_KEY_IN_PROGRESS', 'A request with this key is in progress', {
          retryAfterSeconds: 1,
        });
      }
      await sleep(pause);
    }
  }

  /** One transaction: the key's lock, then its kept answer, or the route and its answer kept. */
  private async attempt(
    scope: IdempotencyScope,
    fingerprint: string,
    request: AuthenticatedRequest,
    response: Response,
    next: CallHandler,
  ): Promise<Outcome> {
    const found = await this.keys.lock(scope);
    if (found.state === 'busy') return { kind: 'busy' };
    if (found.state === 'answered') {
      if (found.fingerprint !== fingerprint) {
        throw ruleViolation(
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was already used with a different request (method, path or body); use a new key',
        );
      }
      return { kind: 'replay', response: found.response };
    }
    try {
      // next.handle() is called inside the savepoint's context, so the route's services join it.
      const value: unknown = await this.txHost.withTransaction(Propagation.Nested, () =>
        lastValueFrom(next.handle() as Observable<unknown>, { defaultValue: undefined }),
      );
      const stored = this.storable(value, response.statusCode);
      if (stored) await this.keep(scope, fingerprint, stored);
      return { kind: 'answered', value };
    } catch (error) {
      const known = ProblemFilter.knownProblem(error);
      if (known === undefined || known.status >= 500 || known.status === 429) throw error;
      // The same document the exception filter is about to send for this error.
      const body = JSON.stringify(problemDocument(known, request));
      await this.keep(scope, fingerprint, { status: known.status, contentType: PROBLEM_CONTENT_TYPE, body });
      return { kind: 'refused', error };
    }
  }

  private async keep(scope: IdempotencyScope, fingerprint: string, stored: StoredResponse): Promise<void> {
    if (!(await this.keys.keep(scope, fingerprint, stored, RETENTION_HOURS))) throw new AnsweredMeanwhile();
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

import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import { DomainError } from '@gqt/kernel';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { CommitOutcomeUnknownError, isUnavailable } from '../database/transient-fault';
import { TOO_DEEP } from './input-boundary';
import { PROBLEM_CONTENT_TYPE, STATUS_OF_KIND, problem, problemDocument, type Problem } from './problem';
import { localizedProblem, problemLanguage } from './problem-language';

// Codes for refusals that come from the HTTP layer rather than from a domain rule.
const CODE_OF_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
  503: 'UNAVAILABLE',
};

const UNIQUE_VIOLATION = '23505';
// A transient fault the request could not get past (it was retried already): come back shortly.
const RETRY_AFTER_SECONDS = 1;

/**
 * The one place where errors become HTTP answers: every error is problem+json with a stable code,
 * and nothing the caller sends can produce a 5xx (api-contract.md § Conventions).
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const language = problemLanguage(request);
    const localized = error instanceof DomainError ? error.details.localized : undefined;
    const body = problemDocument(localizedProblem(this.toProblem(error, request), language, localized), request);
    if (response.headersSent) return;
    response.setHeader('Content-Language', language);
    response.vary('Accept-Language');
    if (error instanceof DomainError && error.details.retryAfterSeconds !== undefined) {
      response.setHeader('Retry-After', String(error.details.retryAfterSeconds));
    }
    if (body.status === 503) {
      this.logger.warn({ err: error, method: request.method, url: request.originalUrl }, 'database unavailable');
      response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    }
    response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  private toProblem(error: unknown, request: Request): Problem {
    const known = ProblemFilter.knownProblem(error);
    if (known) return known;
    this.logger.error({ err: error, method: request.method, url: request.originalUrl }, 'unhandled error');
    return problem(500, 'INTERNAL_ERROR', 'An unexpected error occurred; it has been logged');
  }

  /** The problem an error stands for, or undefined for an unexpected failure (a 500). */
  static knownProblem(error: unknown): Problem | undefined {
    if (error instanceof DomainError) {
      const { fieldErrors, extensions } = error.details;
      return problem(STATUS_OF_KIND[error.kind], error.code, error.message, {
        ...extensions,
        ...(fieldErrors ? { errors: fieldErrors } : {}),
      });
    }
    // Express's body parser fails before any route; Nest wraps its error with the original as cause.
    const bodyParserError = (error instanceof HttpException ? error.cause : error) as {
      type?: unknown;
      status?: unknown;
      message?: string;
    };
    if (typeof bodyParserError?.type === 'string' && typeof bodyParserError.status === 'number') {
      return ProblemFilter.fromBodyParser(bodyParserError.type, bodyParserError.status, bodyParserError.message ?? '');
    }
    if (error instanceof HttpException) return ProblemFilter.fromHttpException(error);
    if (error instanceof CommitOutcomeUnknownError) {
      return problem(
        503,
        'SERVICE_UNAVAILABLE',
        'The connection to the database was lost while the change was being committed, so it may have been made: ' +
          'retry with the same Idempotency-Key to get its outcome',
      );
    }
    if (isUnavailable(error)) {
      return problem(503, 'SERVICE_UNAVAILABLE', 'The database is briefly out of reach; retry shortly');
    }
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
      // A race that a service did not translate: still the caller's conflict, not our failure.
      return problem(409, 'CONFLICT', 'The request conflicts with the current state of the resource');
    }
    return undefined;
  }

  private static fromHttpException(error: HttpException): Problem {
    const status = error.getStatus();
    const response = error.getResponse();
    if (typeof response === 'object' && response !== null && 'code' in response) {
      const custom = response as Partial<Problem>;
      return problem(status, String(custom.code), String(custom.detail ?? error.message), custom);
    }
    if (status === Number(HttpStatus.TOO_MANY_REQUESTS)) {
      return problem(429, 'RATE_LIMITED', 'Too many requests; retry later');
    }
    const message =
      typeof response === 'object' && response !== null && 'message' in response ? response.message : error.message;
    return problem(
      status,
      CODE_OF_STATUS[status] ?? 'ERROR',
      Array.isArray(message) ? message.join('; ') : String(message),
    );
  }

  private static fromBodyParser(type: string, status: number, message: string): Problem {
    if (type === 'entity.parse.failed') return problem(400, 'MALFORMED_JSON', 'The request body is not valid JSON');
    if (type === TOO_DEEP) return problem(400, 'JSON_TOO_DEEP', message);
    if (type === 'entity.too.large')
      return problem(413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than allowed');
    if (type === 'encoding.unsupported' || type === 'charset.unsupported')
      return problem(415, 'UNSUPPORTED_MEDIA_TYPE', message);
    return problem(status < 500 ? status : 400, CODE_OF_STATUS[status] ?? 'BAD_REQUEST', message);
  }
}

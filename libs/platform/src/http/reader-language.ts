import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { ProblemLanguage } from '@gqt/contracts';
import type { Request } from 'express';
import { problemLanguage } from './problem-language';

/**
 * The language a person reads an answer in (notifications, export headers and labels), from
 * `Accept-Language` as for problem details; `null` when the caller states none (a program: machine
 * names stay as they were).
 */
export function readerLanguage(request: Request): ProblemLanguage | null {
  return request.headers['accept-language'] ? problemLanguage(request) : null;
}

/** The route's `readerLanguage(request)`. */
export const ReaderLanguage = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  readerLanguage(context.switchToHttp().getRequest<Request>()),
);

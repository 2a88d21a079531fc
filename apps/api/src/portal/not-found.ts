import { PROBLEM_CONTENT_TYPE, problem } from '@gqt/platform';
import type { NextFunction, Request, Response } from 'express';

/** The last handler outside the API prefix: nothing served here is a 404 problem+json, never a page. */
export function notFoundProblem(apiPrefix: string) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.path.startsWith(apiPrefix)) {
      next();
      return;
    }
    const body = {
      ...problem(404, 'NOT_FOUND', `Cannot ${request.method} ${request.path}`),
      instance: request.originalUrl,
      requestId: (request as Request & { id?: string }).id,
    };
    response.status(404).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  };
}

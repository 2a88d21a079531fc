import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiResponse, type OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_MESSAGES, type ProblemCode } from '@gqt/contracts';
import { PRINTABLE_TEXT } from './limits';
import { PROBLEM_CONTENT_TYPE, problem } from './problem';

/*
 * How refusals appear in the OpenAPI document (api-contract.md § Conventions): every operation
 * declares each status it can answer as application/problem+json with an example per `code`. A
 * route names its own codes with @ApiProblems; `documentProblems` adds what every route can answer
 * (400, 429, 500, 503; 404 with a path parameter; 413 where a body is read), composes each description (who may call, what it
 * changes, which codes) and declares the rate-limit headers.
 */

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;
export type ProblemCodes = Partial<Record<ProblemStatus, readonly ProblemCode[]>>;

/** Who may call an operation, as @Auth records it for `documentProblems`. */
export const CALLERS_EXTENSION = 'x-gqt-callers';

const PROBLEM_SCHEMA = 'Problem';
const RATE_LIMIT_HEADERS = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'] as const;

/** What every operation can answer besides its own refusals. */
const EVERY_OPERATION: ProblemCodes = {
  400: ['VALIDATION_FAILED', 'MALFORMED_JSON'],
  429: ['RATE_LIMITED'],
  500: ['INTERNAL_ERROR'],
  // A transient database fault that retries could not get through (README § Nothing lost).
  503: ['SERVICE_UNAVAILABLE'],
};
const WITH_PATH_PARAMETER: ProblemCodes = { 404: ['NOT_FOUND'] };
// The body parser reads the body of these methods before any route, whatever the route declares.
const METHODS_WITH_BODY = new Set(['post', 'put', 'patch']);
const WITH_BODY: ProblemCodes = { 413: ['PAYLOAD_TOO_LARGE'] };

const STATUS_MEANING: Record<ProblemStatus, string> = {
  400: 'The request is malformed or invalid; nothing changed',
  401: 'No or bad credentials',
  403: 'The caller may never do this',
  404: 'Not found, or not visible to the caller',
  409: 'The current state does not allow it, or a duplicate',
  413: 'The request body is larger than allowed',
  415: 'The body is in a form this operation does not read',
  422: 'A business rule refuses otherwise valid input; nothing changed',
  429: 'Too many requests: retry after Retry-After seconds',
  500: 'An unexpected failure, logged with the requestId; nothing is left half-done',
  503: 'A dependency is unavailable: retry later',
};

function example(status: number, code: ProblemCode) {
  const detail = PROBLEM_MESSAGES.en[code];
  return {
    summary: detail,
    value: { ...problem(status, code, detail), instance: '/api/v1/receivables', requestId: 'req-1' },
  };
}

/** A problem+json response with an example of each code. */
export function problemResponse(status: ProblemStatus, codes: readonly ProblemCode[]) {
  return {
    description: `${STATUS_MEANING[status]} (${codes.join(', ')})`,
    content: {
      [PROBLEM_CONTENT_TYPE]: {
        schema: { $ref: `#/components/schemas/${PROBLEM_SCHEMA}` },
        examples: Object.fromEntries(codes.map((code) => [code, example(status, code)])),
      },
    },
  };
}

/**
 * The refusals particular to a route, by status, each code with its example:
 * `@ApiProblems({ 409: ['INVALID_STATE'], 422: ['OVERPAYMENT'] })`.
 */
export function ApiProblems(codes: ProblemCodes) {
  return applyDecorators(
    ...Object.entries(codes).map(([status, list]) =>
      ApiResponse({ status: Number(status), ...problemResponse(Number(status) as ProblemStatus, list) }),
    ),
  );
}

/** Records who may call a route, for its description (used by @Auth). */
export const ApiCallers = (callers: string) => ApiExtension(CALLERS_EXTENSION, callers);

const header = (description: string, schema: object) => ({ description, schema });

const HEADERS = {
  'RateLimit-Limit': header('Requests allowed per window for this caller (draft-ietf-httpapi-ratelimit-headers)', {
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: 1_000_000,
  }),
  'RateLimit-Remaining': header('Requests left in the current window', {
    type: 'integer',
    format: 'int32',
    minimum: 0,
    maximum: 1_000_000,
  }),
  'RateLimit-Reset': header('Seconds until the window resets', {
    type: 'integer',
    format: 'int32',
    minimum: 0,
    maximum: 86_400,
  }),
  'Retry-After': header('Seconds to wait before retrying', {
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: 86_400,
  }),
  'Access-Control-Allow-Origin': header(
    'Sent only when the request comes from one of the origins configured in CORS_ORIGINS (none by default)',
    { type: 'string', format: 'uri', maxLength: 2048 },
  ),
};

const ref = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });

const PROBLEM_COMPONENT = {
  type: 'object',
  description: 'RFC 9457 problem details; `code` is the stable machine code, the same in every language.',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', format: 'uri-reference', maxLength: 200, example: '/problems/validation-failed' },
    title: { type: 'string', maxLength: 200, pattern: PRINTABLE_TEXT.source, example: 'Bad Request' },
    status: { type: 'integer', format: 'int32', minimum: 400, maximum: 599, example: 400 },
    detail: {
      type: 'string',
      maxLength: 20_000,
      pattern: PRINTABLE_TEXT.source,
      example: 'amount: amount must be yuan with at most two decimals',
    },
    code: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$', maxLength: 100, example: 'VALIDATION_FAILED' },
    errors: {
      type: 'array',
      maxItems: 1000,
      description: 'For VALIDATION_FAILED: every field refused, with why',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: {
          field: { type: 'string', maxLength: 500, pattern: '^\\S+$', example: 'invoices[0].amount' },
          message: {
            type: 'string',
            maxLength: 1000,
            pattern: PRINTABLE_TEXT.source,
            example: 'amount must be yuan with at most two decimals',
          },
        },
      },
    },
    instance: { type: 'string', format: 'uri-reference', maxLength: 2048, example: '/api/v1/receivables' },
    requestId: { type: 'string', maxLength: 100, pattern: '^\\S+$', example: 'req-1' },
  },
};

type Operation = {
  description?: string;
  summary?: string;
  parameters?: { in?: string; name?: string }[];
  security?: Record<string, string[]>[];
  responses: Record<string, { description?: string; headers?: object; content?: object }>;
  [extension: string]: unknown;
};

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

const ACCEPT_LANGUAGE = {
  name: 'Accept-Language',
  in: 'header' as const,
  required: false,
  description:
    'zh-CN (or zh) for problem details in Chinese: title, detail and field messages; English otherwise. ' +
    'The `code` of a problem is the same in every language.',
  schema: { type: 'string', maxLength: 200, pattern: '^[A-Za-z0-9*,;=. -]+$', example: 'zh-CN' },
};

function codesOf(response: { content?: object }): string[] {
  const content = (response.content as Record<string, { examples?: object }> | undefined)?.[PROBLEM_CONTENT_TYPE];
  return Object.keys(content?.examples ?? {});
}

/** The first sentence of a description, as its summary. */
function firstSentence(text: string): string {
  // A full stop ends a sentence before a capital or at the end ("e.g. a bank" goes on); ";" and ":" always do.
  const sentence = /^[\s\S]*?(?:\.(?=\s+[A-Z`(]|\s*$)|[;:](?=\s))/.exec(text)?.[0] ?? text;
  return sentence.replace(/\s+/g, ' ').replace(/[.;:]$/, '');
}

function describe(operation: Operation, method: string): void {
  const said = operation.description?.trim() ?? '';
  const what = said || (method === 'get' ? 'Reads; changes nothing.' : '');
  const callers = operation[CALLERS_EXTENSION] as string | undefined;
  delete operation[CALLERS_EXTENSION];
  const errors = Object.entries(operation.responses)
    .filter(([status]) => Number(status) >= 400)
    .map(([status, response]) => `${status} ${codesOf(response).join(', ')}`);
  operation.summary ||= firstSentence(what);
  operation.description = [
    what,
    `**Who may call:** ${callers ?? 'anyone, without credentials'}.`,
    `**Errors** (problem+json \`code\`): ${errors.join('; ')}.`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Completes every operation's refusals, headers and description; see the comment at the top. */
export function documentProblems(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, [PROBLEM_SCHEMA]: PROBLEM_COMPONENT };
  document.components.headers = { ...document.components.headers, ...HEADERS };
  const headersOf = (status: number): Record<string, { $ref: string }> => {
    const names: (keyof typeof HEADERS)[] = [
      ...RATE_LIMIT_HEADERS,
      ...(status === 429 ? (['Retry-After'] as const) : []),
      'Access-Control-Allow-Origin',
    ];
    return Object.fromEntries(names.map((name) => [name, ref(name)]));
  };
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      const hasPathParameter = (operation.parameters ?? []).some((parameter) => parameter.in === 'path');
      operation.parameters = [...(operation.parameters ?? []), ACCEPT_LANGUAGE];
      const defaults: ProblemCodes = {
        ...EVERY_OPERATION,
        ...(hasPathParameter ? WITH_PATH_PARAMETER : {}),
        ...(METHODS_WITH_BODY.has(method) ? WITH_BODY : {}),
      };
      for (const [status, codes] of Object.entries(defaults)) {
        const own = operation.responses[status];
        const merged = [...new Set([...codes, ...(own ? codesOf(own) : [])])] as ProblemCode[];
        operation.responses[status] = problemResponse(Number(status) as ProblemStatus, merged);
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        const code = Number(status);
        if (code >= 200 && code < 500) response.headers = { ...response.headers, ...headersOf(code) };
      }
      describe(operation, method);
    }
  }
  return document;
}

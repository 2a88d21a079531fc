import type { OpenAPIObject } from '@nestjs/swagger';
import { problemResponse } from '../http/problem.openapi';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER } from './idempotency.interceptor';
import { KEY_PATTERN } from './request-fingerprint';
import { IDEMPOTENCY_EXTENSION } from './without-idempotency.decorator';

const PARAMETER = {
  name: IDEMPOTENCY_KEY_HEADER,
  in: 'header' as const,
  required: false,
  description:
    'Makes the POST safe to retry: the first response to this key (from the same caller, with the same ' +
    'method, path and body) is stored for 24 hours and returned again, with the header ' +
    `\`${IDEMPOTENT_REPLAYED_HEADER}: true\`, without a second effect. The same key with another body is 422 ` +
    'IDEMPOTENCY_KEY_REUSED; while the first request is still running a duplicate waits for its answer ' +
    '(after 30 s: 409 IDEMPOTENCY_KEY_IN_PROGRESS, retry later). Use a new UUID per operation. The answer is ' +
    'stored in the same transaction as the change: after a timeout, a lost connection or 503 ' +
    'SERVICE_UNAVAILABLE, retry with the same key to get the first answer if the change was made, or make it once.',
  schema: {
    type: 'string',
    maxLength: 255,
    pattern: KEY_PATTERN.source,
    example: '5f0c2b8e-6d1a-4c1e-9a55-3f1f6c2d9b10',
  },
};

/** Documents the Idempotency-Key header on every authenticated POST of the document. */
export function documentIdempotencyKeys(document: OpenAPIObject): OpenAPIObject {
  for (const path of Object.values(document.paths)) {
    const operation = path.post;
    const authenticated = operation?.security?.some((requirement) => Object.keys(requirement).length > 0);
    if (!operation || !authenticated || IDEMPOTENCY_EXTENSION in operation) continue;
    operation.parameters = [...(operation.parameters ?? []), PARAMETER];
    for (const [status, code] of [
      [409, 'IDEMPOTENCY_KEY_IN_PROGRESS'],
      [422, 'IDEMPOTENCY_KEY_REUSED'],
    ] as const) {
      const own = operation.responses[status] as { content?: Record<string, { examples?: object }> } | undefined;
      const codes = Object.keys(own?.content?.['application/problem+json']?.examples ?? {});
      operation.responses[status] = problemResponse(status, [...codes, code] as Parameters<typeof problemResponse>[1]);
    }
  }
  return document;
}

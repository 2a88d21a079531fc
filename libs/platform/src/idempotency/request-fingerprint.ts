import stableStringify from 'fast-json-stable-stringify';
import { createHash } from 'node:crypto';

export interface FingerprintedRequest {
  method: string;
  /** Path and query string as the caller sent them. */
  url: string;
  /** The media type of the body, without parameters (e.g. "application/json"). */
  mediaType: string | undefined;
  /** The parsed body, for JSON and form bodies. */
  body: unknown;
  /** The declared length, for bodies the API parses later (multipart uploads). */
  contentLength: string | undefined;
}

const PARSED_BODIES = new Set(['application/json', 'application/x-www-form-urlencoded']);

/**
 * What makes two requests "the same" under one Idempotency-Key: method, path with query, and
 * body. JSON bodies are compared by content (key order and whitespace do not matter). Multipart
 * uploads are read by the route after this point; their length stands in for their content.
 */
export function requestFingerprint(request: FingerprintedRequest): string {
  const content = PARSED_BODIES.has(request.mediaType ?? '')
    ? stableStringify(request.body ?? null)
    : `${request.mediaType ?? ''};length=${request.contentLength ?? ''}`;
  return createHash('sha256')
    .update(JSON.stringify([request.method.toUpperCase(), request.url, content]))
    .digest('hex');
}

// draft-ietf-httpapi-idempotency-key-header: a string; we allow visible ASCII up to 255 characters.
export const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export const isIdempotencyKey = (value: string): boolean => KEY_PATTERN.test(value);

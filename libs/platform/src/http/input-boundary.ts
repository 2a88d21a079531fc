import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { invalid, type FieldError } from '@gqt/kernel';
import { json, urlencoded, type NextFunction, type Request, type Response } from 'express';

/** The largest request body accepted, JSON or form. */
export const BODY_LIMIT = '1mb';

/**
 * The deepest nesting a JSON body may have. Our deepest DTO is three levels down; the margin is
 * for callers' own wrapping. Deeper bodies overflow the stack of the recursive libraries that
 * read them (class-transformer, class-validator), so they are refused before they are parsed.
 */
export const MAX_JSON_DEPTH = 32;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Whether raw JSON nests no deeper than `max`: one pass over the bytes, strings skipped. */
export function jsonDepthWithin(raw: Buffer, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (++depth > max) return false;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth--;
  }
  return true;
}

/** The body parser's error for a body nested too deeply (see ProblemFilter.fromBodyParser). */
export const TOO_DEEP = 'entity.too.deep';

function refuseDeepJson(_request: unknown, _response: unknown, raw: Buffer): void {
  if (!jsonDepthWithin(raw, MAX_JSON_DEPTH)) {
    throw Object.assign(new Error(`The JSON body nests deeper than ${MAX_JSON_DEPTH} levels`), {
      status: 400,
      type: TOO_DEEP,
    });
  }
}

const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text PostgreSQL cannot store, nor JSON carry faithfully: NUL, and UTF-16 surrogates without
 * their pair (what a JSON `\ud800` escape decodes to). Anything else is a character.
 */
export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

const REFUSAL = 'must not contain NUL characters or unpaired UTF-16 surrogates';

/** Where in a parsed value (body or query) text that cannot be stored sits, if anywhere. */
function badTextIn(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path;
  if (typeof value !== 'object' || value === null) return undefined;
  // Depth is bounded: JSON bodies by MAX_JSON_DEPTH, forms and queries are flat.
  for (const [key, child] of Object.entries(value)) {
    const at = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (!isStorableText(key)) return at;
    const found = badTextIn(child, at);
    if (found !== undefined) return found;
  }
  return undefined;
}

function badTextInPath(request: Request): string | undefined {
  for (const segment of request.path.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return 'path'; // percent-encoding of bytes that are not UTF-8
    }
    if (!isStorableText(decoded)) return 'path';
  }
  return undefined;
}

function badTextInHeaders(request: Request): string | undefined {
  return Object.entries(request.headers).find(([, value]) =>
    [value ?? ''].flat().some((text) => !isStorableText(text)),
  )?.[0];
}

/** Refuses, with one 400 for the whole family, any request carrying text that cannot be stored. */
function refuseUnstorableText(request: Request, _response: Response, next: NextFunction): void {
  const field =
    badTextInPath(request) ??
    badTextInHeaders(request) ??
    badTextIn(request.query, '') ??
    badTextIn(request.body as unknown, '');
  if (field === undefined) return next();
  const errors: FieldError[] = [{ field, message: `${field} ${REFUSAL}` }];
  next(invalid('VALIDATION_FAILED', `${field} ${REFUSAL}`, errors));
}

/**
 * The one boundary for hostile input, before any guard, pipe or route sees a request: bodies are
 * limited in size and depth before they are parsed, and text anywhere in the request (path,
 * headers, query, body) must be storable; DTO validation then checks each field's shape. Not a
 * global module on purpose: Nest mounts the middleware of global modules first, so the logger's
 * (which gives each request the id that its problem document names) runs before these.
 */
@Module({})
export class InputBoundaryModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(
        json({ limit: BODY_LIMIT, verify: refuseDeepJson }),
        urlencoded({ limit: BODY_LIMIT, extended: false }),
        refuseUnstorableText,
      )
      .forRoutes({ path: '*path', method: RequestMethod.ALL });
  }
}

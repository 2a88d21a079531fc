import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsBusinessDate, IsMoney, IsRate, MONEY_PATTERN, RATE_PATTERN } from './validators';

/*
 * The one definition of a field's limits (api-contract.md § Conventions; OWASP API4:2023): each
 * decorator below both enforces a limit (class-validator, so the global pipe answers 400
 * VALIDATION_FAILED past it) and declares it in the OpenAPI document (maxLength, pattern, format,
 * maxItems, minimum/maximum, enumName), so the two cannot disagree. Response DTOs use the same
 * decorators: there they only document what the API promises to send.
 */

/** `each: true` applies the limit to every element of an array property (use with `ListField`). */
export interface EachOption {
  each?: boolean;
}

/**
 * Text without a fixed format (names, reasons, notes) is still printable: control characters other
 * than tab and line breaks are refused (they corrupt logs, exports and PostgreSQL text).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const PRINTABLE_TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

export interface TextOptions extends EachOption {
  minLength?: number;
  /** A format the contract fixes (a code, a number); refused with `patternMessage`. Default: PRINTABLE_TEXT. */
  pattern?: RegExp;
  patternMessage?: string;
}

const UUID_LENGTH = 36;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MONEY_MAX_LENGTH = 19;
const RATE_MAX_LENGTH = 12;
/** `2026-03-01T08:00:00.000Z`, the length of every timestamp this API writes (ISO 8601 UTC). */
const TIMESTAMP_LENGTH = 24;

/** Swagger metadata for a scalar, or for the items of an array when `each` is set. */
function documented(schema: Record<string, unknown>, each?: boolean) {
  return each ? ApiProperty({ type: 'array', items: { type: 'string', ...schema } }) : ApiProperty(schema);
}

/** A string of at most `maxLength` characters, optionally of a fixed format. */
export function TextField(maxLength: number, options: TextOptions = {}) {
  const { each, minLength, pattern = PRINTABLE_TEXT } = options;
  const patternMessage =
    options.patternMessage ??
    (pattern === PRINTABLE_TEXT ? '$property must not contain control characters' : undefined);
  return applyDecorators(
    IsString({ each }),
    MaxLength(maxLength, { each }),
    ...(minLength !== undefined ? [MinLength(minLength, { each })] : []),
    Matches(pattern, { each, ...(patternMessage ? { message: patternMessage } : {}) }),
    documented({ type: 'string', maxLength, minLength, pattern: pattern.source }, each),
  );
}

/** Money: a string of yuan with at most two decimals, e.g. "125000.00" (never a JSON number). */
export function MoneyField(options: EachOption = {}) {
  return applyDecorators(
    ...(options.each ? [IsString({ each: true }), Matches(MONEY_PATTERN, { each: true })] : [IsMoney()]),
    documented({ type: 'string', pattern: MONEY_PATTERN.source, maxLength: MONEY_MAX_LENGTH }, options.each),
  );
}

/** A rate as a decimal string, e.g. "0.0435" = 4.35 % a year. */
export function RateField() {
  return applyDecorators(
    IsRate(),
    ApiProperty({ type: 'string', pattern: RATE_PATTERN.source, maxLength: RATE_MAX_LENGTH }),
  );
}

/** A business date `YYYY-MM-DD` on the Shanghai calendar that exists. */
export function DateField() {
  return applyDecorators(
    IsBusinessDate(),
    ApiProperty({ type: 'string', format: 'date', pattern: DATE_PATTERN.source, maxLength: 10 }),
  );
}

/** An id (UUID). */
export function IdField(options: EachOption = {}) {
  return applyDecorators(
    IsUUID('all', { each: options.each }),
    documented({ type: 'string', format: 'uuid', maxLength: UUID_LENGTH }, options.each),
  );
}

/** One of a named set of values; `enumName` makes it one shared schema in the document. */
export function EnumField(values: readonly (string | number)[], enumName: string, options: EachOption = {}) {
  return applyDecorators(
    IsIn(values as unknown[], {
      each: options.each,
      message: `$property must be one of: ${values.join(', ')}`,
    }),
    ApiProperty({ enum: values as (string | number)[], enumName, isArray: options.each }),
  );
}

/** A whole number within [min, max] (query DTOs add `@Type(() => Number)`: query values arrive as text). */
export function IntField(min: number, max: number) {
  return applyDecorators(
    IsInt(),
    Min(min),
    Max(max),
    ApiProperty({ type: 'integer', format: 'int32', minimum: min, maximum: max }),
  );
}

export interface ListOptions {
  maxItems: number;
  minItems?: number;
  /** The DTO class of each element: validated one by one. */
  of?: new () => object;
}

/**
 * An array of at most `maxItems` elements. Elements of scalar type are limited by the element's
 * own decorator with `each: true` (e.g. `@ListField({ maxItems: 100 }) @IdField({ each: true })`).
 */
export function ListField({ maxItems, minItems, of }: ListOptions) {
  return applyDecorators(
    IsArray(),
    ArrayMaxSize(maxItems),
    ...(minItems !== undefined ? [ArrayMinSize(minItems)] : []),
    // ValidateNested alone would pass null, and validate a nested array element by element.
    ...(of
      ? [
          IsObject({ each: true, message: 'each value in $property must be an object' }),
          ValidateNested({ each: true }),
          Type(() => of),
          ApiProperty({ type: () => [of] }),
        ]
      : []),
    ApiProperty({ maxItems, minItems }),
  );
}

/** A point in time as this API writes it: ISO 8601 UTC with milliseconds (response fields). */
export function TimestampField() {
  return ApiProperty({ type: 'string', format: 'date-time', maxLength: TIMESTAMP_LENGTH });
}

// An instant as a caller writes it: ISO 8601 with seconds and an explicit offset (Z or ±hh:mm).
export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

/** A point in time a caller gives (request fields): ISO 8601 with an offset, e.g. "2026-12-14T08:00:00.000Z". */
export function InstantField() {
  return applyDecorators(
    IsString(),
    MaxLength(29),
    Matches(INSTANT_PATTERN, {
      message: '$property must be an ISO 8601 timestamp with an offset, e.g. 2026-12-14T08:00:00.000Z',
    }),
    IsISO8601({ strict: true }, { message: '$property must be a timestamp that exists' }),
    ApiProperty({ type: 'string', format: 'date-time', maxLength: 29, pattern: INSTANT_PATTERN.source }),
  );
}

/** A route that answers a bare array (not a page) of at most `maxItems` elements. */
export function ArrayResponse(of: new () => object, maxItems: number) {
  return applyDecorators(
    ApiExtraModels(of),
    ApiOkResponse({ schema: { type: 'array', maxItems, items: { $ref: getSchemaPath(of) } } }),
  );
}

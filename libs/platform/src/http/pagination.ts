import { invalid, isBusinessDate } from '@gqt/kernel';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** `?limit=&cursor=` of every list (api-contract.md § Conventions). */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50, example: 50, description: 'Items per page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;

  @ApiPropertyOptional({
    maxLength: 200,
    pattern: '^[A-Za-z0-9_-]+$',
    description: 'The `nextCursor` of the previous page',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PagePosition {
  at: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Exactly what encodeCursor writes for a stored timestamp: canonical, and a day the database keeps. */
function isCursorInstant(at: unknown): at is string {
  return (
    typeof at === 'string' && INSTANT.test(at) && isBusinessDate(at.slice(0, 10)) && new Date(at).toISOString() === at
  );
}

/** Checked completely before it reaches SQL: a cursor that decodes but holds anything else is a 400. */
function decodeCursor(cursor: string): PagePosition {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2) {
      const [at, id] = decoded as unknown[];
      if (isCursorInstant(at) && typeof id === 'string' && UUID.test(id)) return { at, id };
    }
  } catch {
    // fall through: any undecodable cursor is the caller's mistake
  }
  throw invalid('VALIDATION_FAILED', 'cursor is not a cursor this API returned', [
    { field: 'cursor', message: 'cursor must be a nextCursor returned by this list' },
  ]);
}

function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

/**
 * Keyset pagination, newest first, over `(timestamp, id)`: stable under inserts and cheap at any
 * depth. Timestamps are stored at millisecond precision so that the cursor round-trips exactly.
 */
export async function paginate<E extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<E>,
  page: PageQuery,
  timestamp: keyof E & string = 'createdAt',
): Promise<Page<E>> {
  const at = `${query.alias}.${timestamp}`;
  const id = `${query.alias}.id`;
  const position = pagePosition(page);
  if (position) {
    query.andWhere(`(${at}, ${id}) < (:cursorAt, :cursorId)`, { cursorAt: position.at, cursorId: position.id });
  }
  const rows = await query
    .orderBy(at, 'DESC')
    .addOrderBy(id, 'DESC')
    .limit(page.limit + 1)
    .getMany();
  return pageOf(rows, page, (row) => ({ at: row[timestamp], id: row.id }));
}

/**
 * The same keyset pagination for hand-written SQL: the query orders by `(timestamp, id)` descending,
 * keeps rows below `pagePosition(page)` when there is one, and fetches `page.limit + 1` rows; `pageOf`
 * turns them into the page and its cursor.
 */
export function pagePosition(page: PageQuery): PagePosition | undefined {
  return page.cursor ? decodeCursor(page.cursor) : undefined;
}

export function pageOf<T>(rows: T[], page: PageQuery, positionOf: (item: T) => { at: Date; id: string }): Page<T> {
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  if (rows.length <= page.limit || last === undefined) return { items, nextCursor: null };
  const position = positionOf(last);
  return { items, nextCursor: encodeCursor(position.at, position.id) };
}

export function mapPage<T, R>(page: Page<T>, map: (item: T) => R): Page<R> {
  return { items: page.items.map(map), nextCursor: page.nextCursor };
}

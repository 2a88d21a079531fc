import { invalid, isBusinessDate } from '@gqt/kernel';
import type { OverduePosition } from './overdue.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const notACursor = () =>
  invalid('VALIDATION_FAILED', 'cursor is not a cursor this API returned', [
    { field: 'cursor', message: 'cursor must be a nextCursor returned by this list' },
  ]);

const encode = (value: unknown[]) => Buffer.from(JSON.stringify(value)).toString('base64url');

function decode(cursor: string): unknown[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value)) return value;
  } catch {
    // fall through: an undecodable cursor is the caller's mistake
  }
  throw notACursor();
}

/** The overdue list pages in (due date, receivable id) order. */
export const overdueCursor = (position: OverduePosition) => encode([position.dueDate, position.receivableId]);

export function overduePosition(cursor: string): OverduePosition {
  const [dueDate, receivableId] = decode(cursor);
  if (!isBusinessDate(dueDate) || typeof receivableId !== 'string' || !UUID.test(receivableId)) throw notACursor();
  return { dueDate, receivableId };
}

/** Aging pages in key order; `validKey` says what a key of this grouping looks like. */
export const agingCursor = (key: string) => encode([key]);

export function agingKey(cursor: string, validKey: (key: string) => boolean): string {
  const [key] = decode(cursor);
  if (typeof key !== 'string' || !validKey(key)) throw notACursor();
  return key;
}

export const isUuid = (text: string) => UUID.test(text);

// api-contract.md § Conventions: business dates are YYYY-MM-DD calendar days in China
// (Asia/Shanghai, UTC+8 all year, no daylight saving); "today" and "overdue" use that calendar.
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export type BusinessDate = string;

// The days the platform deals in. PostgreSQL has no year 0, and date arithmetic (due dates plus
// terms, interest per day) must stay within four-digit years; no receivable, loan or snapshot
// concerns a day outside this range.
export const FIRST_BUSINESS_DATE: BusinessDate = '1900-01-01';
export const LAST_BUSINESS_DATE: BusinessDate = '2999-12-31';

/** A calendar day `YYYY-MM-DD` that exists and lies between the first and the last business date. */
export function isBusinessDate(text: unknown): text is BusinessDate {
  if (typeof text !== 'string') return false;
  const match = DATE_PATTERN.exec(text);
  if (!match || text < FIRST_BUSINESS_DATE || text > LAST_BUSINESS_DATE) return false;
  const date = new Date(`${text}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The calendar day in Shanghai at the instant `now`. */
export function shanghaiDate(now: Date = new Date()): BusinessDate {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(date: BusinessDate, days: number): BusinessDate {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: BusinessDate, to: BusinessDate): number {
  return Math.round((Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / DAY_MS);
}

/** The instant a Shanghai calendar day begins, e.g. for comparing timestamps with a day. */
export function startOfShanghaiDay(date: BusinessDate): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - SHANGHAI_OFFSET_MS);
}

export function yearOf(date: BusinessDate): number {
  return Number(date.slice(0, 4));
}

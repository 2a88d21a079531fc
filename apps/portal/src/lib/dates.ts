import { addDays, daysBetween, isBusinessDate, shanghaiDate } from '@gqt/kernel';
import dayjs, { type Dayjs } from 'dayjs';

export { addDays, daysBetween, isBusinessDate };

// Business dates are calendar days in China (api-contract.md § Conventions); timestamps are shown
// as Shanghai wall-clock time whatever the browser's own time zone.
const SHANGHAI = 'Asia/Shanghai';

/** Today on the Shanghai calendar, YYYY-MM-DD. */
export function today(): string {
  return shanghaiDate();
}

const timestampFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: SHANGHAI,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "2026-03-01T08:00:00.000Z" → "2026-03-01 16:00" (Shanghai time). */
export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return '—';
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const part = Object.fromEntries(timestampFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/** The Shanghai calendar day of an instant, e.g. for "confirmed on". */
export function shanghaiDayOf(iso: string | null | undefined): string {
  if (!iso) return '—';
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso : shanghaiDate(instant);
}

export function formatDate(date: string | null | undefined): string {
  return date ? date : '—';
}

/** A date picker's value (a calendar day) as the contract's YYYY-MM-DD. */
export function toBusinessDate(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

/** A business date for a date picker; the picker shows the same calendar day. */
export function fromBusinessDate(date: string | null | undefined): Dayjs | undefined {
  return date ? dayjs(date, 'YYYY-MM-DD') : undefined;
}

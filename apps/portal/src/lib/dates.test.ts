import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { formatTimestamp, fromBusinessDate, shanghaiDayOf, toBusinessDate } from './dates';

describe('Shanghai calendar', () => {
  it('shows timestamps as Shanghai wall-clock time, whatever the browser zone', () => {
    expect(formatTimestamp('2026-03-01T08:00:00.000Z')).toBe('2026-03-01 16:00');
    // 20:30 UTC is already the next morning in Shanghai.
    expect(formatTimestamp('2026-12-31T20:30:00.000Z')).toBe('2027-01-01 04:30');
  });

  it('takes the Shanghai day of an instant', () => {
    expect(shanghaiDayOf('2026-12-31T16:00:00.000Z')).toBe('2027-01-01');
    expect(shanghaiDayOf('2026-12-31T15:59:59.999Z')).toBe('2026-12-31');
  });

  it('shows a dash for a missing timestamp', () => {
    expect(formatTimestamp(null)).toBe('—');
  });

  it('round-trips a business date through the date picker unchanged', () => {
    expect(toBusinessDate(fromBusinessDate('2026-02-28'))).toBe('2026-02-28');
    expect(toBusinessDate(dayjs('2026-11-30'))).toBe('2026-11-30');
    expect(toBusinessDate(null)).toBeUndefined();
  });
});

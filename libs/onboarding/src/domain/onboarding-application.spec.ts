import { DomainError } from '@gqt/kernel';
import {
  assertApplicationYear,
  assertConnectionDate,
  assertPlaceLeft,
  quotaUsage,
  transition,
  type ApplicationAction,
  type ApplicationStatus,
} from './onboarding-application';

const refusal = (run: () => unknown): DomainError => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('onboarding application lifecycle', () => {
  it.each<[ApplicationStatus, ApplicationAction, ApplicationStatus]>([
    ['SUBMITTED', 'nominate', 'NOMINATED'],
    ['NOMINATED', 'approve', 'APPROVED'],
    ['APPROVED', 'connect', 'CONNECTED'],
    ['SUBMITTED', 'reject', 'REJECTED'],
    ['NOMINATED', 'reject', 'REJECTED'],
    ['APPROVED', 'reject', 'REJECTED'],
    ['SUBMITTED', 'withdraw', 'WITHDRAWN'],
    ['APPROVED', 'withdraw', 'WITHDRAWN'],
  ])('%s --%s--> %s', (from, action, to) => {
    expect(transition(from, action)).toBe(to);
  });

  it.each<[ApplicationStatus, ApplicationAction]>([
    ['SUBMITTED', 'approve'],
    ['SUBMITTED', 'connect'],
    ['NOMINATED', 'nominate'],
    ['NOMINATED', 'connect'],
    ['CONNECTED', 'reject'],
    ['CONNECTED', 'withdraw'],
    ['REJECTED', 'nominate'],
    ['WITHDRAWN', 'approve'],
  ])('refuses to %2$s an application that is %1$s', (from, action) => {
    const error = refusal(() => transition(from, action));
    expect([error.kind, error.code]).toEqual(['CONFLICT', 'INVALID_STATE']);
  });
});

describe('application year', () => {
  it('takes the current and the next Shanghai year', () => {
    expect(() => assertApplicationYear(2026, '2026-12-31')).not.toThrow();
    expect(() => assertApplicationYear(2027, '2026-12-31')).not.toThrow();
  });

  it.each([2025, 2028])('refuses %d in 2026', (year) => {
    expect(refusal(() => assertApplicationYear(year, '2026-06-01')).code).toBe('APPLICATION_YEAR_NOT_OPEN');
  });
});

describe('city quota', () => {
  it('has two places a year', () => {
    expect(quotaUsage(0)).toEqual({ quota: 2, used: 0, remaining: 2 });
    expect(quotaUsage(2)).toEqual({ quota: 2, used: 2, remaining: 0 });
  });

  it('refuses a third place', () => {
    expect(() => assertPlaceLeft('柳州市', 2026, 1)).not.toThrow();
    const error = refusal(() => assertPlaceLeft('柳州市', 2026, 2));
    expect([error.kind, error.code]).toEqual(['CONFLICT', 'CITY_QUOTA_EXCEEDED']);
  });
});

describe('connection date', () => {
  it('may be today or earlier, never later', () => {
    expect(() => assertConnectionDate('2026-03-01', '2026-03-01')).not.toThrow();
    expect(refusal(() => assertConnectionDate('2026-03-02', '2026-03-01')).code).toBe('CONNECTION_DATE_IN_FUTURE');
  });
});

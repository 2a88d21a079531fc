import type { ApplicationStatus } from '@gqt/contracts';
import { conflict, invalidState, ruleViolation, yearOf, type BusinessDate } from '@gqt/kernel';

export { APPLICATION_STATUSES, type ApplicationStatus } from '@gqt/contracts';

export type ApplicationAction = 'nominate' | 'approve' | 'reject' | 'withdraw' | 'connect';

// Guangxi 2020 measures, item 5: each prefecture-level city connects 1-2 core enterprises a year;
// a place is taken from nomination on (nominated + approved + connected).
export const CITY_QUOTA_PER_YEAR = 2;

/** Statuses that hold one of the city's places for the year. */
export const QUOTA_STATUSES: readonly ApplicationStatus[] = ['NOMINATED', 'APPROVED', 'CONNECTED'];

/** An enterprise has at most one application in these statuses per year. */
export const LIVE_STATUSES: readonly ApplicationStatus[] = ['SUBMITTED', ...QUOTA_STATUSES];

const TRANSITIONS: Record<ApplicationAction, { from: readonly ApplicationStatus[]; to: ApplicationStatus }> = {
  nominate: { from: ['SUBMITTED'], to: 'NOMINATED' },
  approve: { from: ['NOMINATED'], to: 'APPROVED' },
  reject: { from: ['SUBMITTED', 'NOMINATED', 'APPROVED'], to: 'REJECTED' },
  withdraw: { from: ['SUBMITTED', 'NOMINATED', 'APPROVED'], to: 'WITHDRAWN' },
  connect: { from: ['APPROVED'], to: 'CONNECTED' },
};

const ACTION_PAST: Record<ApplicationAction, string> = {
  nominate: 'nominated',
  approve: 'approved',
  reject: 'rejected',
  withdraw: 'withdrawn',
  connect: 'connected',
};

/** The status an action leads to; refuses an action the current status does not allow (409 INVALID_STATE). */
export function transition(from: ApplicationStatus, action: ApplicationAction): ApplicationStatus {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(from)) {
    throw invalidState(`An application that is ${from} cannot be ${ACTION_PAST[action]}`);
  }
  return rule.to;
}

/** Applications are taken for the current year or the next one (Shanghai calendar). */
export function assertApplicationYear(year: number, today: BusinessDate): void {
  const current = yearOf(today);
  if (year !== current && year !== current + 1) {
    throw ruleViolation(
      'APPLICATION_YEAR_NOT_OPEN',
      `Applications are taken for ${current} or ${current + 1}, not for ${year}`,
    );
  }
}

/** A connection is recorded once it has happened: not on a day still to come. */
export function assertConnectionDate(connectedOn: BusinessDate, today: BusinessDate): void {
  if (connectedOn > today) {
    throw ruleViolation('CONNECTION_DATE_IN_FUTURE', `connectedOn ${connectedOn} is after today (${today})`);
  }
}

export interface QuotaUsage {
  quota: number;
  used: number;
  remaining: number;
}

export function quotaUsage(used: number): QuotaUsage {
  return { quota: CITY_QUOTA_PER_YEAR, used, remaining: Math.max(CITY_QUOTA_PER_YEAR - used, 0) };
}

/** Refuses one more place in a city that has used its quota for the year (409 CITY_QUOTA_EXCEEDED). */
export function assertPlaceLeft(city: string, year: number, used: number): void {
  if (used >= CITY_QUOTA_PER_YEAR) {
    throw conflict(
      'CITY_QUOTA_EXCEEDED',
      `${city} already has ${used} core enterprises nominated, approved or connected for ${year}; ` +
        `the quota is ${CITY_QUOTA_PER_YEAR} a year`,
    );
  }
}

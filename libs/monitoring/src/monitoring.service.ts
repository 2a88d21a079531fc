import { Injectable } from '@nestjs/common';
import { EnterprisesService, INDUSTRIES } from '@gqt/enterprises';
import {
  Money,
  addDays,
  daysBetween,
  forbidden,
  invalid,
  notFound,
  shanghaiDate,
  type BusinessDate,
} from '@gqt/kernel';
import { REGION_CODE, type Page, type Principal } from '@gqt/platform';
import { AgingRepository, type AgingGroup, type AgingPageRequest, type AgingRow } from './aging.repository';
import { bucketOf, type AgingBucket, type AgingFigures } from './domain/aging';
import { heldAmount } from './domain/monitored-receivable';
import { industryLabel } from './domain/labels';
import { daysOverdue, interestBasis, lateInterest, outstandingOn, type InterestBasis } from './domain/late-interest';
import { LONG_PAYMENT_TERM_DAYS } from './domain/payment-terms';
import { agingCursor, agingKey, isUuid, overdueCursor, overduePosition } from './monitoring-cursors';
import { scopeOf, type MonitoringScope } from './monitoring-scope';
import { MonitoredReceivablesRepository } from './monitored-receivables.repository';
import { OverdueRepository, type OverdueFilter, type OverdueRecord } from './overdue.repository';
import { ScorecardRepository } from './scorecard.repository';
import { SnapshotsRepository } from './snapshots.repository';
import { figuresOf, type BucketRow } from './sql';

export interface PageRequest {
  limit: number;
  cursor?: string;
}

export interface Party {
  id: string;
  name: string;
  cityCode: string;
}

export interface OverdueItem {
  receivableId: string;
  contractNo: string;
  creditor: Party;
  debtor: Party & { industry: string };
  confirmedAmount: Money;
  outstandingAmount: Money;
  deliveryDate: BusinessDate | null;
  dueDate: BusinessDate;
  daysOverdue: number;
  bucket: AgingBucket;
  lateInterest: Money;
  lateInterestRate: string | null;
  interestBasis: InterestBasis;
  asOf: BusinessDate;
}

export const AGING_SOURCES = ['LIVE', 'SNAPSHOT', 'COMPUTED'] as const;
export type AgingSource = (typeof AGING_SOURCES)[number];

export interface AgingGroupFigures {
  key: string;
  label: string;
  figures: AgingFigures;
}

export interface AgingReport extends Page<AgingGroupFigures> {
  groupBy: AgingGroup;
  asOf: BusinessDate;
  source: AgingSource;
}

export interface DailyFigures {
  date: BusinessDate;
  figures: AgingFigures;
}

export interface Trend {
  /** The city the figures are for, or the region's code. */
  scopeCode: string;
  from: BusinessDate;
  to: BusinessDate;
  items: DailyFigures[];
}

export interface Scorecard {
  debtor: Party & { industry: string };
  asOf: BusinessDate;
  outstandingCount: number;
  outstandingAmount: Money;
  overdueCount: number;
  overdueAmount: Money;
  confirmedCount: number;
  averageDaysToConfirm: number | null;
  settledCount: number;
  averageDaysToPay: number | null;
  onTimePaymentRate: string | null;
  lateInterest: Money;
  flaggedPaymentTerms: { thresholdDays: number; count: number; longestDays: number | null };
  trend: DailyFigures[];
}

const CITY_KEY = /^\d{6}$/;
const VALID_KEY: Record<AgingGroup, (key: string) => boolean> = {
  city: (key) => CITY_KEY.test(key),
  debtor: isUuid,
  industry: (key) => (INDUSTRIES as readonly string[]).includes(key),
};
const EXPORT_PAGE = 500;
const MAX_TREND_DAYS = 366;
/** How many days a trend shows unless asked otherwise, and a scorecard's trend always. */
const TREND_DAYS = 30;
const SECONDS_PER_DAY = 86_400;

/** Days (a statistic, not money) to one decimal. */
const oneDecimal = (days: number | null) => (days === null ? null : Math.round(days * 10) / 10);

/**
 * What regulators (and enterprises, for their own side) read: overdue receivables with late
 * interest, aging by city, debtor or industry, debtors' scorecards and the daily trend. Every read
 * is scoped by the caller in the query (monitoring-scope.ts).
 */
@Injectable()
export class MonitoringService {
  private cityNames?: Map<string, string>;

  constructor(
    private readonly overdueRows: OverdueRepository,
    private readonly agingRows: AgingRepository,
    private readonly scorecards: ScorecardRepository,
    private readonly snapshots: SnapshotsRepository,
    private readonly receivables: MonitoredReceivablesRepository,
    private readonly enterprises: EnterprisesService,
  ) {}

  /** Receivables overdue on `asOf` (default today), most overdue first. */
  async overdue(principal: Principal, filter: OverdueFilter, asOfDay: BusinessDate | undefined, page: PageRequest) {
    const scope = scopeOf(principal);
    const asOf = this.asOf(asOfDay);
    if (filter.cityCode !== undefined) await this.assertCity(filter.cityCode, 'cityCode');
    const records = await this.overdueRows.page({
      scope,
      filter,
      asOf,
      live: asOf === shanghaiDate(),
      after: page.cursor === undefined ? undefined : overduePosition(page.cursor),
      limit: page.limit,
    });
    const items = records.slice(0, page.limit).map((record) => overdueItem(record, asOf));
    const last = items[items.length - 1];
    const nextCursor = records.length > page.limit && last ? overdueCursor(last) : null;
    return { items, nextCursor, asOf };
  }

  /** Every overdue receivable of the list from the cursor on, page by page: for exports. */
  async overdueExport(principal: Principal, filter: OverdueFilter, asOf: BusinessDate | undefined, cursor?: string) {
    const first = await this.overdue(principal, filter, asOf, { limit: EXPORT_PAGE, cursor });
    const rows = remaining(first, (next) =>
      this.overdue(principal, filter, first.asOf, { limit: EXPORT_PAGE, cursor: next }),
    );
    return { asOf: first.asOf, rows };
  }

  /**
   * Aging on `asOf`: today's from the live read model; a past day's from that day's snapshot or,
   * for a day without one, computed from business dates (the same rule the snapshot applies).
   */
  async aging(principal: Principal, groupBy: AgingGroup, asOfDay: BusinessDate | undefined, page: PageRequest) {
    const scope = this.regulatorScope(principal);
    const asOf = this.asOf(asOfDay);
    const request: AgingPageRequest = {
      group: groupBy,
      scope,
      asOf,
      after: page.cursor === undefined ? undefined : agingKey(page.cursor, VALID_KEY[groupBy]),
      limit: page.limit,
    };
    let source: AgingSource = 'LIVE';
    let rows: AgingRow[];
    if (asOf === shanghaiDate()) rows = await this.agingRows.live(request);
    else if (await this.snapshots.exists(asOf)) [source, rows] = ['SNAPSHOT', await this.agingRows.snapshot(request)];
    else [source, rows] = ['COMPUTED', await this.agingRows.computed(request)];
    const shown = rows.slice(0, page.limit);
    const labels = await this.labels(
      groupBy,
      shown.map((row) => row.key),
    );
    const items = shown.map((row) => ({
      key: row.key,
      label: labels.get(row.key) ?? row.key,
      figures: figuresOf(row),
    }));
    const last = items[items.length - 1];
    const nextCursor = rows.length > page.limit && last ? agingCursor(last.key) : null;
    const report: AgingReport = { groupBy, asOf, source, items, nextCursor };
    return report;
  }

  /** Every group of the report from the cursor on: for exports. */
  async agingExport(principal: Principal, groupBy: AgingGroup, asOf: BusinessDate | undefined, cursor?: string) {
    const first = await this.aging(principal, groupBy, asOf, { limit: EXPORT_PAGE, cursor });
    const rows = remaining(first, (next) =>
      this.aging(principal, groupBy, first.asOf, { limit: EXPORT_PAGE, cursor: next }),
    );
    return { asOf: first.asOf, rows };
  }

  /** A debtor's payment record: regulators and the operator for any debtor, an enterprise for itself. */
  async scorecard(principal: Principal, debtorId: string): Promise<Scorecard> {
    const scope = scopeOf(principal);
    if (scope.kind === 'ENTERPRISE' && scope.enterpriseId !== debtorId) {
      throw forbidden('An enterprise sees only its own scorecard');
    }
    const debtor = await this.enterprises.findById(debtorId);
    if (!debtor) throw notFound('The debtor');
    const today = shanghaiDate();
    const figures = await this.scorecards.figures(debtorId, scope, today);
    const debts = await this.scorecards.accruingDebts(debtorId, scope, today);
    const interest = Money.sum(debts.map((debt) => lateInterest(debt, today)));
    const settled = Number(figures.settled_count);
    const overdueNow = Number(figures.overdue_count);
    const daily = await this.scorecards.daily(debtorId, scope, addDays(today, -TREND_DAYS), addDays(today, -1));
    return {
      debtor: { id: debtor.id, name: debtor.name, cityCode: debtor.cityCode, industry: debtor.industry },
      asOf: today,
      outstandingCount: Number(figures.open_count),
      outstandingAmount: Money.ofFen(figures.open_fen),
      overdueCount: overdueNow,
      overdueAmount: Money.ofFen(figures.overdue_fen),
      confirmedCount: Number(figures.confirmed_count),
      averageDaysToConfirm: oneDecimal(
        figures.confirm_seconds === null ? null : Number(figures.confirm_seconds) / SECONDS_PER_DAY,
      ),
      settledCount: settled,
      averageDaysToPay: oneDecimal(figures.pay_days === null ? null : Number(figures.pay_days)),
      // Paid in full by the due date, out of everything that has fallen due: settled, or overdue now
      // (a split receivable once).
      onTimePaymentRate: rate(BigInt(figures.settled_on_time), BigInt(settled) + BigInt(figures.overdue_trees)),
      lateInterest: interest,
      flaggedPaymentTerms: {
        thresholdDays: LONG_PAYMENT_TERM_DAYS,
        count: Number(figures.long_terms),
        longestDays: figures.longest_term,
      },
      trend: daily.map((row) => ({ date: row.date, figures: figuresOf(row) })),
    };
  }

  /** The daily aging totals of the region or one city, from the snapshots. */
  async trend(
    principal: Principal,
    range: { from?: BusinessDate; to?: BusinessDate; cityCode?: string },
  ): Promise<Trend> {
    const scope = this.regulatorScope(principal);
    const to = range.to ?? addDays(shanghaiDate(), -1);
    const from = range.from ?? addDays(to, -(TREND_DAYS - 1));
    if (from > to)
      throw invalid('VALIDATION_FAILED', 'from must not be after to', [
        { field: 'from', message: 'from must not be after to' },
      ]);
    if (daysBetween(from, to) >= MAX_TREND_DAYS) {
      throw invalid('VALIDATION_FAILED', `A trend spans at most ${MAX_TREND_DAYS} days`, [
        { field: 'from', message: `from and to must be at most ${MAX_TREND_DAYS} days apart` },
      ]);
    }
    let scopeCode = range.cityCode ?? REGION_CODE;
    if (scopeCode !== REGION_CODE) await this.assertCity(scopeCode, 'cityCode');
    if (scope.kind === 'CITY') {
      if (range.cityCode !== undefined && range.cityCode !== scope.cityCode) {
        throw forbidden('A city regulator sees its own city only');
      }
      scopeCode = scope.cityCode;
    }
    // Every day of the window, ending on `to`: a day's snapshot where one was taken and is current,
    // else (today, days before the platform took snapshots, a snapshot later events made stale) the
    // same figures computed from business dates.
    const taken = await this.snapshots.trend(scopeCode, from, to);
    const byDay = new Map<string, BucketRow & { date: string }>(
      taken.filter((row) => !row.stale).map((row) => [row.date, row]),
    );
    const today = shanghaiDate();
    const missing: BusinessDate[] = [];
    for (let day = from; day <= to && day <= today; day = addDays(day, 1)) if (!byDay.has(day)) missing.push(day);
    for (const row of await this.snapshots.openDays(scopeCode, missing)) byDay.set(row.date, row);
    const items = [...byDay.values()]
      .sort((a, b) => (a.date < b.date ? -1 : 1))
      .map((row) => ({ date: row.date, figures: figuresOf(row) }));
    return { scopeCode, from, to, items };
  }

  /** Aging and trend are for regulators and the operator only (api-contract.md § Monitoring). */
  private regulatorScope(principal: Principal): MonitoringScope {
    const scope = scopeOf(principal);
    if (scope.kind === 'ENTERPRISE') throw forbidden('Aging and trend are for regulators and the operator');
    return scope;
  }

  private asOf(day: BusinessDate | undefined): BusinessDate {
    const today = shanghaiDate();
    if (day === undefined) return today;
    if (day > today) {
      throw invalid('VALIDATION_FAILED', `asOf ${day} is in the future; today is ${today} in Shanghai`, [
        { field: 'asOf', message: 'asOf must be today or a past day (Asia/Shanghai)' },
      ]);
    }
    return day;
  }

  private async assertCity(code: string, field: string): Promise<void> {
    if (!(await this.cities()).has(code)) {
      throw invalid('VALIDATION_FAILED', `${code} is not one of Guangxi's prefecture-level cities`, [
        { field, message: `${field} must be the 6-digit code of a Guangxi city (GET /cities)` },
      ]);
    }
  }

  private async cities(): Promise<Map<string, string>> {
    // Reference data seeded by a migration: it never changes while the process runs.
    this.cityNames ??= new Map((await this.enterprises.cities()).map((city) => [city.code, city.name]));
    return this.cityNames;
  }

  private async labels(groupBy: AgingGroup, keys: string[]): Promise<Map<string, string>> {
    if (groupBy === 'city') return this.cities();
    if (groupBy === 'debtor') return this.receivables.partyNames(keys);
    return new Map(keys.map((key) => [key, industryLabel(key)]));
  }
}

function overdueItem(record: OverdueRecord, asOf: BusinessDate): OverdueItem {
  const { receivable, payments } = record;
  const debt = {
    confirmedAmount: heldAmount(receivable),
    dueDate: receivable.dueDate!,
    payments,
    lateInterestRate: receivable.lateInterestRate,
    settledOn: receivable.settledOn,
  };
  const days = daysOverdue(debt.dueDate, asOf);
  return {
    receivableId: receivable.receivableId,
    contractNo: receivable.contractNo,
    creditor: { id: receivable.creditorId, name: record.creditorName, cityCode: receivable.creditorCityCode },
    debtor: {
      id: receivable.debtorId,
      name: record.debtorName,
      cityCode: receivable.debtorCityCode,
      industry: receivable.debtorIndustry,
    },
    confirmedAmount: receivable.confirmedAmount!,
    outstandingAmount: outstandingOn(debt, asOf),
    deliveryDate: receivable.deliveryDate,
    dueDate: debt.dueDate,
    daysOverdue: days,
    bucket: bucketOf(days),
    lateInterest: lateInterest(debt, asOf),
    lateInterestRate: receivable.lateInterestRate,
    interestBasis: interestBasis(debt),
    asOf,
  };
}

/**
 * The items of a first page and of every page after it, fetched as they are read. The first page
 * is fetched before anything is sent, so that a refusal is still an ordinary error response.
 */
async function* remaining<T>(first: Page<T>, next: (cursor: string) => Promise<Page<T>>): AsyncIterable<T> {
  for (let page = first; ; page = await next(page.nextCursor)) {
    yield* page.items;
    if (page.nextCursor === null) return;
  }
}

/** part / whole as a decimal string with four places, rounded half up; null when there is no whole. */
function rate(part: bigint, whole: bigint): string | null {
  if (whole === 0n) return null;
  const tenThousandths = (part * 20000n + whole) / (whole * 2n);
  return `${tenThousandths / 10000n}.${(tenThousandths % 10000n).toString().padStart(4, '0')}`;
}

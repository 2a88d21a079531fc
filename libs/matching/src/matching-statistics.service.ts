import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DEFAULT_MATCHING_TARGET } from '@gqt/contracts';
import { Money, forbidden } from '@gqt/kernel';
import { EnterprisesService } from '@gqt/enterprises';
import { AuditService, actorOf, isRegionRegulator, type Principal } from '@gqt/platform';
import { compareDecimal, medianRate } from './domain/product-rules';

export interface MatchingFigures {
  enterprisesServed: number;
  requests: number;
  offers: number;
  acceptances: number;
  acceptedAmount: string;
  medianBestOfferRate: string | null;
}

export interface MatchingStatistics extends MatchingFigures {
  year: number;
  cityCode: string | null;
  target: number;
  byCity: (MatchingFigures & { cityCode: string })[];
  byBank: (MatchingFigures & { bankId: string; name: string })[];
}

export interface MatchingTarget {
  year: number;
  enterprises: number;
  isDefault: boolean;
  updatedAt: Date | null;
}

interface RequestRow {
  id: string;
  sme_id: string;
  city_code: string;
}
interface OfferRow {
  request_id: string;
  bank_id: string;
  amount: string;
  annual_rate: string;
  status: string;
}
interface InvitationRow {
  request_id: string;
  bank_id: string;
}

/** A year's target in the audit trail, which keys entities by uuid: one fixed id per year. */
const targetEntityId = (year: number): string => `00000000-0000-4000-8000-${String(year).padStart(12, '0')}`;

/** The figures of a set of requests and the current offers on them (a replaced offer is not current). */
function figuresOf(requests: RequestRow[], offers: OfferRow[]): MatchingFigures {
  const ids = new Set(requests.map((r) => r.id));
  const current = offers.filter((o) => ids.has(o.request_id));
  const offered = new Set(current.map((o) => o.request_id));
  const accepted = current.filter((o) => o.status === 'ACCEPTED');
  const best = new Map<string, string>();
  for (const offer of current.filter((o) => o.status !== 'WITHDRAWN')) {
    const seen = best.get(offer.request_id);
    if (seen === undefined || compareDecimal(offer.annual_rate, seen) < 0)
      best.set(offer.request_id, offer.annual_rate);
  }
  return {
    enterprisesServed: new Set(requests.filter((r) => offered.has(r.id)).map((r) => r.sme_id)).size,
    requests: requests.length,
    offers: current.length,
    acceptances: accepted.length,
    acceptedAmount: Money.sum(accepted.map((o) => Money.parse(o.amount))).toString(),
    medianBestOfferRate: medianRate([...best.values()]),
  };
}

/**
 * Online matching of banks and enterprises against the year's target (seed item 14: more than
 * 3,000 enterprise-times in 2020). Counts requests put before several banks, by the SME's city.
 */
@Injectable()
export class MatchingStatisticsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly enterprises: EnterprisesService,
    private readonly audit: AuditService,
  ) {}

  async target(year: number): Promise<MatchingTarget> {
    const rows: { enterprises: number; updated_at: Date }[] = await this.txHost.tx.query(
      'SELECT enterprises, updated_at FROM matching_targets WHERE year = $1',
      [year],
    );
    return rows[0]
      ? { year, enterprises: rows[0].enterprises, isDefault: false, updatedAt: rows[0].updated_at }
      : { year, enterprises: DEFAULT_MATCHING_TARGET, isDefault: true, updatedAt: null };
  }

  @Transactional()
  async setTarget(principal: Principal, year: number, enterprises: number): Promise<MatchingTarget> {
    const before = await this.target(year);
    await this.txHost.tx.query(
      `INSERT INTO matching_targets (year, enterprises, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (year) DO UPDATE SET enterprises = EXCLUDED.enterprises, updated_at = EXCLUDED.updated_at`,
      [year, enterprises],
    );
    const after = await this.target(year);
    await this.audit.record({
      entityType: 'matching_target',
      entityId: targetEntityId(year),
      action: 'matching_target.set',
      actor: actorOf(principal),
      before,
      after,
    });
    return after;
  }

  async statistics(principal: Principal, year: number, cityCode?: string): Promise<MatchingStatistics> {
    const city = this.cityOf(principal, cityCode);
    const params: unknown[] = [year];
    const inCity = city ? `AND e.city_code = $2` : '';
    if (city) params.push(city);
    const requests: RequestRow[] = await this.txHost.tx.query(
      `SELECT r.id, r.sme_id, e.city_code FROM financing_requests r JOIN enterprises e ON e.id = r.sme_id
        WHERE r.expires_at IS NOT NULL
          AND extract(year FROM r.created_at AT TIME ZONE 'Asia/Shanghai') = $1 ${inCity}`,
      params,
    );
    const ids = requests.map((r) => r.id);
    const offers: OfferRow[] = await this.txHost.tx.query(
      `SELECT financing_request_id AS request_id, bank_id, amount, annual_rate::text AS annual_rate, status
         FROM financing_offers WHERE financing_request_id = ANY($1::uuid[]) AND status <> 'REPLACED'`,
      [ids],
    );
    const invitations: InvitationRow[] = await this.txHost.tx.query(
      `SELECT financing_request_id AS request_id, bank_id FROM financing_request_banks
        WHERE financing_request_id = ANY($1::uuid[])`,
      [ids],
    );
    const cities = [...new Set(requests.map((r) => r.city_code))].sort();
    const banks = [...new Set(invitations.map((i) => i.bank_id))];
    const names = await this.enterprises.namesOf(banks);
    const byId = new Map(requests.map((r) => [r.id, r]));
    return {
      year,
      cityCode: city ?? null,
      target: (await this.target(year)).enterprises,
      ...figuresOf(requests, offers),
      byCity: cities.map((code) => ({
        cityCode: code,
        ...figuresOf(
          requests.filter((r) => r.city_code === code),
          offers,
        ),
      })),
      byBank: banks
        .map((bankId) => ({
          bankId,
          name: names.get(bankId) ?? '',
          ...figuresOf(
            invitations.filter((i) => i.bank_id === bankId).map((i) => byId.get(i.request_id)!),
            offers.filter((o) => o.bank_id === bankId),
          ),
        }))
        .sort((a, b) => b.offers - a.offers || a.name.localeCompare(b.name)),
    };
  }

  /** A city's regulator reads its own city only. */
  private cityOf(principal: Principal, cityCode?: string): string | undefined {
    if (principal.role !== 'REGULATOR' || isRegionRegulator(principal)) return cityCode;
    if (cityCode !== undefined && cityCode !== principal.jurisdiction) {
      throw forbidden('A city’s regulators read their own city’s figures');
    }
    return principal.jurisdiction ?? undefined;
  }
}

import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { REGION_CODE, paginate, violatedConstraint, type Page, type PageQuery, type Principal } from '@gqt/platform';
import type { SelectQueryBuilder } from 'typeorm';
import { QUOTA_STATUSES, type ApplicationStatus } from './domain/onboarding-application';
import { OnboardingApplicationEntity } from './onboarding-application.entity';

export interface ApplicationFilter {
  year?: number;
  cityCode?: string;
  status?: ApplicationStatus;
}

@Injectable()
export class OnboardingApplicationsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(OnboardingApplicationEntity);
  }

  /** Inserts; returns the unique constraint a duplicate violated, or null. */
  insert(application: OnboardingApplicationEntity): Promise<string | null> {
    return violatedConstraint(this.txHost.tx, () => this.repo.insert(application));
  }

  /** Saves a changed application; returns the unique constraint the change violated, or null. */
  update(application: OnboardingApplicationEntity): Promise<string | null> {
    return violatedConstraint(this.txHost.tx, () => this.repo.save(application));
  }

  findVisible(id: string, principal: Principal): Promise<OnboardingApplicationEntity | null> {
    return this.visibleTo(principal).andWhere('a.id = :id', { id }).getOne();
  }

  /** The application locked for a state change, if the caller may see it. */
  findVisibleForUpdate(id: string, principal: Principal): Promise<OnboardingApplicationEntity | null> {
    return this.visibleTo(principal).andWhere('a.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  page(principal: Principal, filter: ApplicationFilter, page: PageQuery): Promise<Page<OnboardingApplicationEntity>> {
    const query = this.visibleTo(principal);
    if (filter.year !== undefined) query.andWhere('a.year = :year', { year: filter.year });
    if (filter.cityCode) query.andWhere('a.cityCode = :cityCode', { cityCode: filter.cityCode });
    if (filter.status) query.andWhere('a.status = :status', { status: filter.status });
    return paginate(query, page);
  }

  /**
   * Locks the city's row for the year (created on first use). Every nomination takes this lock
   * before counting places, so simultaneous nominations are counted one after the other.
   */
  async lockCityYear(cityCode: string, year: number): Promise<void> {
    await this.txHost.tx.query(
      'INSERT INTO onboarding_city_years (city_code, year) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [cityCode, year],
    );
    await this.txHost.tx.query('SELECT 1 FROM onboarding_city_years WHERE city_code = $1 AND year = $2 FOR UPDATE', [
      cityCode,
      year,
    ]);
  }

  placesTaken(cityCode: string, year: number): Promise<number> {
    return this.repo
      .createQueryBuilder('a')
      .where('a.cityCode = :cityCode AND a.year = :year AND a.status IN (:...statuses)', {
        cityCode,
        year,
        statuses: QUOTA_STATUSES,
      })
      .getCount();
  }

  /** Places taken per city in a year (cities without any are absent). */
  async placesTakenByCity(year: number): Promise<Map<string, number>> {
    const rows = await this.repo
      .createQueryBuilder('a')
      .select('a.cityCode', 'cityCode')
      .addSelect('count(*)::int', 'taken')
      .where('a.year = :year AND a.status IN (:...statuses)', { year, statuses: QUOTA_STATUSES })
      .groupBy('a.cityCode')
      .getRawMany<{ cityCode: string; taken: number }>();
    return new Map(rows.map((row) => [row.cityCode, row.taken]));
  }

  /** The enterprise's connection to the platform, if it has been connected in any year. */
  findConnection(enterpriseId: string): Promise<OnboardingApplicationEntity | null> {
    return this.repo.findOneBy({ enterpriseId, status: 'CONNECTED' });
  }

  connectedIn(year: number): Promise<OnboardingApplicationEntity[]> {
    return this.repo.find({ where: { year, status: 'CONNECTED' }, order: { cityCode: 'ASC', connectedOn: 'ASC' } });
  }

  /**
   * Tenancy in the query (house-style § 4): operators and the region see every application, a city
   * regulator its city's, a core enterprise its own; anyone else none.
   */
  private visibleTo(principal: Principal): SelectQueryBuilder<OnboardingApplicationEntity> {
    const query = this.repo.createQueryBuilder('a');
    if (principal.role === 'ADMIN' || (principal.role === 'REGULATOR' && principal.jurisdiction === REGION_CODE)) {
      return query;
    }
    if (principal.role === 'REGULATOR')
      return query.where('a.cityCode = :jurisdiction', { jurisdiction: principal.jurisdiction });
    if (principal.role === 'CORE_ENTERPRISE' && principal.enterpriseId) {
      return query.where('a.enterpriseId = :enterpriseId', { enterpriseId: principal.enterpriseId });
    }
    return query.where('false');
  }
}

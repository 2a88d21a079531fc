import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Money } from '@gqt/kernel';
import { paginate, type Page, type PageQuery } from '@gqt/platform';
import type { SelectQueryBuilder } from 'typeorm';
import type { ProjectGroup } from './domain/compliance';
import { ProcurementProjectEntity } from './procurement-project.entity';
import type { ProcurementScope } from './procurement-scope';

export interface ProjectFilter {
  year?: number;
  unitId?: string;
  cityCode?: string;
}

@Injectable()
export class ProcurementProjectsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(ProcurementProjectEntity);
  }

  async insert(project: ProcurementProjectEntity): Promise<void> {
    await this.repo.insert(project);
  }

  async update(id: string, changes: Partial<ProcurementProjectEntity>): Promise<void> {
    await this.repo.update({ id }, changes);
  }

  findVisible(id: string, scope: ProcurementScope): Promise<ProcurementProjectEntity | null> {
    return this.visibleTo(scope).andWhere('p.id = :id', { id }).getOne();
  }

  /** Locks the project row (its awards take turns on it); null when not visible. */
  lockVisible(id: string, scope: ProcurementScope): Promise<ProcurementProjectEntity | null> {
    return this.visibleTo(scope).andWhere('p.id = :id', { id }).setLock('pessimistic_write', undefined, ['p']).getOne();
  }

  page(scope: ProcurementScope, filter: ProjectFilter, page: PageQuery): Promise<Page<ProcurementProjectEntity>> {
    const query = this.visibleTo(scope);
    if (filter.year !== undefined) query.andWhere('p.year = :year', { year: filter.year });
    if (filter.unitId) query.andWhere('p.unitId = :unitId', { unitId: filter.unitId });
    if (filter.cityCode) query.andWhere('p.unitCityCode = :cityCode', { cityCode: filter.cityCode });
    return paginate(query, page);
  }

  /** The year's projects summed per unit, category and form of reservation (for compliance). */
  async groupsOf(year: number): Promise<ProjectGroup[]> {
    const rows = await this.repo
      .createQueryBuilder('p')
      .select('p.unit_id', 'unitId')
      .addSelect('p.category', 'category')
      .addSelect('p.reservation', 'reservation')
      .addSelect('sum(p.budget_amount)::text', 'budget')
      .addSelect('sum(p.reserved_amount)::text', 'reserved')
      .addSelect('sum(p.small_micro_reserved_amount)::text', 'smallMicroReserved')
      .addSelect('min(p.budget_amount)::text', 'smallestBudget')
      .where('p.year = :year', { year })
      .groupBy('p.unit_id')
      .addGroupBy('p.category')
      .addGroupBy('p.reservation')
      .getRawMany<Record<keyof ProjectGroup, string>>();
    return rows.map((r) => ({
      unitId: r.unitId,
      category: r.category as ProjectGroup['category'],
      reservation: r.reservation as ProjectGroup['reservation'],
      budget: Money.parse(r.budget),
      reserved: Money.parse(r.reserved),
      smallMicroReserved: Money.parse(r.smallMicroReserved),
      smallestBudget: Money.parse(r.smallestBudget),
    }));
  }

  /** Tenancy in the query: projects belong to units; suppliers and banks see awards, not projects. */
  private visibleTo(scope: ProcurementScope): SelectQueryBuilder<ProcurementProjectEntity> {
    const query = this.repo.createQueryBuilder('p').innerJoinAndSelect('p.unit', 'unit');
    switch (scope.kind) {
      case 'ALL':
        return query;
      case 'CITY':
        return query.where('p.unitCityCode = :city', { city: scope.cityCode });
      case 'UNITS':
        return query.where('p.unitId IN (:...units)', { units: scope.unitIds });
      default:
        return query.where('false');
    }
  }
}

import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Money } from '@gqt/kernel';
import type { PledgeNotice } from '@gqt/receivables';
import { paginate, violatedConstraint, type Page, type PageQuery } from '@gqt/platform';
import type { SelectQueryBuilder } from 'typeorm';
import type { AwardGroup } from './domain/compliance';
import { ProcurementAcceptanceEntity } from './procurement-acceptance.entity';
import { ProcurementAwardEntity } from './procurement-award.entity';
import type { ProcurementScope } from './procurement-scope';

export interface AwardFilter {
  projectId?: string;
  year?: number;
}

export const CONTRACT_KEY = 'procurement_awards_contract_key';

/** Awards with their acceptances: the one place with their queries. */
@Injectable()
export class ProcurementAwardsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(ProcurementAwardEntity);
  }

  private get acceptances() {
    return this.txHost.tx.getRepository(ProcurementAcceptanceEntity);
  }

  /** Inserts; returns the violated constraint when the unit already has this contract number. */
  insert(award: ProcurementAwardEntity): Promise<string | null> {
    return violatedConstraint(this.txHost.tx, () => this.repo.insert(award));
  }

  async update(id: string, changes: Partial<ProcurementAwardEntity>): Promise<void> {
    await this.repo.update({ id }, changes);
  }

  findVisible(id: string, scope: ProcurementScope): Promise<ProcurementAwardEntity | null> {
    return this.visibleTo(scope).andWhere('a.id = :id', { id }).getOne();
  }

  /** Locks the award row: acceptances and contract financing of one award take turns on it. */
  lockVisible(id: string, scope: ProcurementScope): Promise<ProcurementAwardEntity | null> {
    return this.visibleTo(scope).andWhere('a.id = :id', { id }).setLock('pessimistic_write', undefined, ['a']).getOne();
  }

  lock(id: string): Promise<ProcurementAwardEntity | null> {
    return this.visibleTo({ kind: 'ALL' })
      .andWhere('a.id = :id', { id })
      .setLock('pessimistic_write', undefined, ['a'])
      .getOne();
  }

  ofProject(projectId: string): Promise<ProcurementAwardEntity[]> {
    return this.visibleTo({ kind: 'ALL' })
      .andWhere('a.projectId = :projectId', { projectId })
      .orderBy('a.createdAt')
      .addOrderBy('a.id')
      .getMany();
  }

  page(scope: ProcurementScope, filter: AwardFilter, page: PageQuery): Promise<Page<ProcurementAwardEntity>> {
    const query = this.visibleTo(scope);
    if (filter.projectId) query.andWhere('a.projectId = :projectId', { projectId: filter.projectId });
    if (filter.year !== undefined) query.andWhere('project.year = :year', { year: filter.year });
    return paginate(query, page);
  }

  /** Holds the award for a financing request unless one holds it already; whether it did. */
  async hold(id: string, financingRequestId: string, bankId: string): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .update()
      .set({ financingRequestId, financingBankId: bankId, updatedAt: new Date() })
      .where('id = :id AND financing_request_id IS NULL', { id })
      .execute();
    return result.affected === 1;
  }

  async acceptancesOf(awardIds: string[]): Promise<Map<string, ProcurementAcceptanceEntity[]>> {
    const byAward = new Map<string, ProcurementAcceptanceEntity[]>(awardIds.map((id) => [id, []]));
    if (awardIds.length === 0) return byAward;
    const rows = await this.acceptances
      .createQueryBuilder('x')
      .where('x.awardId IN (:...awardIds)', { awardIds })
      .orderBy('x.acceptedOn')
      .addOrderBy('x.createdAt')
      .getMany();
    for (const row of rows) byAward.get(row.awardId)?.push(row);
    return byAward;
  }

  async insertAcceptance(acceptance: ProcurementAcceptanceEntity): Promise<void> {
    await this.acceptances.insert(acceptance);
  }

  /** The year's awards summed per unit and frozen supplier size class (for compliance). */
  async groupsOf(year: number): Promise<AwardGroup[]> {
    const rows = await this.repo
      .createQueryBuilder('a')
      .innerJoin('a.project', 'project')
      .select('a.unit_id', 'unitId')
      .addSelect('a.supplier_size_class', 'sizeClass')
      .addSelect('sum(a.amount)::text', 'amount')
      .addSelect('sum(a.sme_share_amount)::text', 'smeShare')
      .addSelect('sum(a.small_micro_share_amount)::text', 'smallMicroShare')
      .where('project.year = :year', { year })
      .groupBy('a.unit_id')
      .addGroupBy('a.supplier_size_class')
      .getRawMany<Record<keyof AwardGroup, string>>();
    return rows.map((r) => ({
      unitId: r.unitId,
      sizeClass: r.sizeClass as AwardGroup['sizeClass'],
      amount: Money.parse(r.amount),
      smeShare: Money.parse(r.smeShare),
      smallMicroShare: Money.parse(r.smallMicroShare),
    }));
  }

  /** The awards a financing request holds (one, or none once it let go). */
  heldBy(financingRequestId: string): Promise<ProcurementAwardEntity[]> {
    return this.visibleTo({ kind: 'ALL' })
      .andWhere('a.financingRequestId = :financingRequestId', { financingRequestId })
      .setLock('pessimistic_write', undefined, ['a'])
      .getMany();
  }

  async setPledge(id: string, pledge: PledgeNotice | null): Promise<void> {
    await this.repo.update({ id }, { pledge, updatedAt: new Date() });
  }

  /**
   * Tenancy in the query: purchasers their tree, regulators their jurisdiction (the unit's city),
   * a supplier the contracts it won, a bank those held by a request made to it.
   */
  private visibleTo(scope: ProcurementScope): SelectQueryBuilder<ProcurementAwardEntity> {
    const query = this.repo
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.project', 'project')
      .innerJoinAndSelect('a.unit', 'unit')
      .innerJoinAndSelect('a.supplier', 'supplier');
    switch (scope.kind) {
      case 'ALL':
        return query;
      case 'CITY':
        return query.where('a.unitCityCode = :city', { city: scope.cityCode });
      case 'UNITS':
        return query.where('a.unitId IN (:...units)', { units: scope.unitIds });
      case 'SUPPLIER':
        return query.where('a.supplierId = :supplier', { supplier: scope.enterpriseId });
      case 'BANK':
        return query.where('a.financingBankId = :bank', { bank: scope.bankId });
    }
  }
}

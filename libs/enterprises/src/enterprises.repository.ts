import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { paginate, violatedConstraint, type Page, type PageQuery, type Principal } from '@gqt/platform';
import { In, type SelectQueryBuilder } from 'typeorm';
import { CityEntity } from './city.entity';
import type { EnterpriseKind } from './domain/enterprise';
import { EnterpriseEntity } from './enterprise.entity';

export interface EnterpriseFilter {
  kind?: EnterpriseKind;
  cityCode?: string;
  /** Part of the name or of the credit code. */
  q?: string;
}

@Injectable()
export class EnterprisesRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(EnterpriseEntity);
  }

  cities(): Promise<CityEntity[]> {
    return this.txHost.tx.getRepository(CityEntity).find({ order: { code: 'ASC' } });
  }

  async cityExists(code: string): Promise<boolean> {
    return this.txHost.tx.getRepository(CityEntity).existsBy({ code });
  }

  /** Inserts; false when the credit code is taken (also by a simultaneous registration). */
  async insert(enterprise: EnterpriseEntity): Promise<boolean> {
    return (await violatedConstraint(this.txHost.tx, () => this.repo.insert(enterprise))) === null;
  }

  async update(enterprise: EnterpriseEntity): Promise<void> {
    await this.repo.save(enterprise);
  }

  findById(id: string): Promise<EnterpriseEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByIds(ids: string[]): Promise<EnterpriseEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.repo.findBy({ id: In(ids) });
  }

  findByIdForUpdate(id: string): Promise<EnterpriseEntity | null> {
    return this.repo.createQueryBuilder('e').where('e.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  findByUscc(uscc: string): Promise<EnterpriseEntity | null> {
    return this.repo.findOneBy({ uscc });
  }

  findVisible(id: string, principal: Principal): Promise<EnterpriseEntity | null> {
    return this.visibleTo(principal).andWhere('e.id = :id', { id }).getOne();
  }

  page(principal: Principal, filter: EnterpriseFilter, page: PageQuery): Promise<Page<EnterpriseEntity>> {
    const query = this.visibleTo(principal);
    if (filter.kind) query.andWhere('e.kind = :kind', { kind: filter.kind });
    if (filter.cityCode) query.andWhere('e.cityCode = :cityCode', { cityCode: filter.cityCode });
    if (filter.q) {
      const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(e.name ILIKE :pattern OR e.uscc LIKE upper(:pattern))', { pattern });
    }
    return paginate(query, page);
  }

  /**
   * Tenancy in the query: operators and regulators see every enterprise; an enterprise sees
   * itself and the directory of its possible counterparties (banks, core enterprises, buyers).
   */
  private visibleTo(principal: Principal): SelectQueryBuilder<EnterpriseEntity> {
    const query = this.repo.createQueryBuilder('e');
    if (principal.role !== 'ADMIN' && principal.role !== 'REGULATOR') {
      query.where("(e.id = :ownId OR e.kind IN ('BANK', 'CORE', 'BUYER'))", { ownId: principal.enterpriseId });
    }
    return query;
  }
}

import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { paginate, violatedConstraint, type Page, type PageQuery, type Principal } from '@gqt/platform';
import { In, type SelectQueryBuilder } from 'typeorm';
import { CityEntity } from './city.entity';
import type { EnterpriseKind } from './domain/enterprise';
import { PURCHASER_OWNERSHIPS } from './domain/purchaser';
import { EnterpriseEntity } from './enterprise.entity';

/** A purchasing unit as the procurement reports place it in the tree of competent units. */
export interface PurchasingUnit {
  id: string;
  name: string;
  cityCode: string;
  parentId: string | null;
}

// Any 64-bit constant: it names "the tree of purchasing units" among advisory locks.
const UNIT_TREE_LOCK = 1797150000000;

export interface EnterpriseFilter {
  kind?: EnterpriseKind;
  cityCode?: string;
  /** Part of the name or of the credit code. */
  q?: string;
  /** The purchasing units directly below this competent unit. */
  parentId?: string;
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

  /**
   * Serialises changes of parent units until the transaction ends, so that two simultaneous moves
   * cannot close a cycle that neither saw (each checks the ancestors the other committed).
   */
  async lockUnitTree(): Promise<void> {
    await this.txHost.tx.query('SELECT pg_advisory_xact_lock($1)', [UNIT_TREE_LOCK]);
  }

  /** The unit's ancestors, nearest first (its parent, the parent's parent, ...). */
  async ancestorIds(id: string): Promise<string[]> {
    const rows: { id: string }[] = await this.txHost.tx.query(
      `WITH RECURSIVE up (id, parent_id, depth) AS (
         SELECT id, parent_id, 0 FROM enterprises WHERE id = $1
         UNION ALL
         SELECT e.id, e.parent_id, up.depth + 1 FROM enterprises e JOIN up ON e.id = up.parent_id WHERE up.depth < 100
       )
       SELECT id FROM up WHERE depth > 0 ORDER BY depth`,
      [id],
    );
    return rows.map((row) => row.id);
  }

  /** The unit and every unit below it. */
  async subtreeIds(rootId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.txHost.tx.query(
      `WITH RECURSIVE down (id, depth) AS (
         SELECT id, 0 FROM enterprises WHERE id = $1
         UNION ALL
         SELECT e.id, down.depth + 1 FROM enterprises e JOIN down ON e.parent_id = down.id WHERE down.depth < 100
       )
       SELECT id FROM down`,
      [rootId],
    );
    return rows.map((row) => row.id);
  }

  async hasSubordinates(id: string): Promise<boolean> {
    return this.repo.existsBy({ parentId: id });
  }

  /** Every purchasing unit (buyers owned by the state), with its parent. */
  purchasingUnits(): Promise<PurchasingUnit[]> {
    return this.repo
      .createQueryBuilder('e')
      .select(['e.id', 'e.name', 'e.cityCode', 'e.parentId'])
      .where("e.kind = 'BUYER' AND e.ownership IN (:...ownerships)", { ownerships: PURCHASER_OWNERSHIPS })
      .orderBy('e.id')
      .getMany();
  }

  findVisible(id: string, principal: Principal): Promise<EnterpriseEntity | null> {
    return this.visibleTo(principal).andWhere('e.id = :id', { id }).getOne();
  }

  page(principal: Principal, filter: EnterpriseFilter, page: PageQuery): Promise<Page<EnterpriseEntity>> {
    const query = this.visibleTo(principal);
    if (filter.kind) query.andWhere('e.kind = :kind', { kind: filter.kind });
    if (filter.cityCode) query.andWhere('e.cityCode = :cityCode', { cityCode: filter.cityCode });
    if (filter.parentId) query.andWhere('e.parentId = :parentId', { parentId: filter.parentId });
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

import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { paginate, type Page, type PageQuery } from '../http/pagination';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditScope {
  /** Only events concerning one of these jurisdictions; undefined means all. */
  jurisdictions?: string[];
}

@Injectable()
export class AuditRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(AuditEventEntity);
  }

  /** The newest event of an entity's chain; the entity's row lock serialises writers. */
  async lastOf(entityId: string): Promise<Pick<AuditEventEntity, 'entitySeq' | 'hash'> | null> {
    return this.repo.findOne({
      select: { entitySeq: true, hash: true },
      where: { entityId },
      order: { entitySeq: 'DESC' },
    });
  }

  async insert(event: AuditEventEntity): Promise<void> {
    await this.repo.insert(event);
  }

  async page(filter: { entityId?: string } & AuditScope, page: PageQuery): Promise<Page<AuditEventEntity>> {
    const query = this.repo.createQueryBuilder('a');
    if (filter.entityId) query.andWhere('a.entityId = :entityId', { entityId: filter.entityId });
    if (filter.jurisdictions) {
      query.andWhere('a.jurisdictions && CAST(:jurisdictions AS char(6)[])', { jurisdictions: filter.jurisdictions });
    }
    return paginate(query, page, 'occurredAt');
  }

  async timeline(entityId: string): Promise<AuditEventEntity[]> {
    return this.repo.find({ where: { entityId }, order: { entitySeq: 'ASC' } });
  }

  /** One batch of the whole trail in chain order, after the given position. */
  async chainBatch(after: { entityId: string; entitySeq: number } | null, size: number): Promise<AuditEventEntity[]> {
    const query = this.repo.createQueryBuilder('a').orderBy('a.entityId').addOrderBy('a.entitySeq').limit(size);
    if (after) query.where('(a.entityId, a.entitySeq) > (:entityId, :entitySeq)', after);
    return query.getMany();
  }
}

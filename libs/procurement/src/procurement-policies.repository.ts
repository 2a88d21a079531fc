import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { randomUUID } from 'node:crypto';
import type { PolicyTerms } from './domain/policy';
import { ProcurementPolicyEntity } from './procurement-policy.entity';

@Injectable()
export class ProcurementPoliciesRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(ProcurementPolicyEntity);
  }

  findByYear(year: number): Promise<ProcurementPolicyEntity | null> {
    return this.repo.findOneBy({ year });
  }

  /**
   * The year's stored policy, locked until the transaction ends; stored first with `terms` if the
   * year has none (a simultaneous writer's row wins), so that edits and exports of a year take turns.
   */
  async lockOrCreate(year: number, terms: PolicyTerms, byName: string): Promise<ProcurementPolicyEntity> {
    const now = new Date();
    await this.repo
      .createQueryBuilder()
      .insert()
      .values({
        id: randomUUID(),
        year,
        reservedShareMin: terms.reservedShareMin,
        smallMicroShareMin: terms.smallMicroShareMin,
        goodsServicesThreshold: terms.smallProjectThresholds.goodsServices,
        worksThreshold: terms.smallProjectThresholds.works,
        paymentDays: terms.paymentDays,
        lockedAt: null,
        createdAt: now,
        updatedAt: now,
        updatedByName: byName,
      })
      .orIgnore()
      .execute();
    return this.repo
      .createQueryBuilder('p')
      .where('p.year = :year', { year })
      .setLock('pessimistic_write')
      .getOneOrFail();
  }

  async save(policy: ProcurementPolicyEntity): Promise<void> {
    await this.repo.save(policy);
  }
}

import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { violatedConstraint } from '@gqt/platform';
import { RewardPolicyEntity } from './reward-policy.entity';

@Injectable()
export class RewardPoliciesRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(RewardPolicyEntity);
  }

  latest(year: number): Promise<RewardPolicyEntity | null> {
    return this.repo.findOne({ where: { year }, order: { version: 'DESC' } });
  }

  /** The newest version, locked so that edits and evaluations of the year take turns. */
  latestForUpdate(year: number): Promise<RewardPolicyEntity | null> {
    return this.repo
      .createQueryBuilder('p')
      .where('p.year = :year', { year })
      .orderBy('p.version', 'DESC')
      .limit(1)
      .setLock('pessimistic_write')
      .getOne();
  }

  findById(id: string): Promise<RewardPolicyEntity | null> {
    return this.repo.findOneBy({ id });
  }

  /** Inserts a version; false when another writer took that version number meanwhile. */
  async insert(policy: RewardPolicyEntity): Promise<boolean> {
    return (await violatedConstraint(this.txHost.tx, () => this.repo.insert(policy))) === null;
  }

  async update(policy: RewardPolicyEntity): Promise<void> {
    await this.repo.save(policy);
  }
}

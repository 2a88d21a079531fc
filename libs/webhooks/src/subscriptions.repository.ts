import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { paginate, type Page, type PageQuery } from '@gqt/platform';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity';

/** Subscriptions; a bank only ever reaches its own (tenancy in every query). */
@Injectable()
export class SubscriptionsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(WebhookSubscriptionEntity);
  }

  async insert(subscription: WebhookSubscriptionEntity): Promise<void> {
    await this.repo.insert(subscription);
  }

  async save(subscription: WebhookSubscriptionEntity): Promise<void> {
    await this.repo.save(subscription);
  }

  /** Live subscriptions of a bank, counted under a lock on the bank's subscriptions. */
  async countLive(bankId: string): Promise<number> {
    const rows: { id: string }[] = await this.txHost.tx.query(
      'SELECT id FROM webhook_subscriptions WHERE bank_id = $1 AND deleted_at IS NULL FOR UPDATE',
      [bankId],
    );
    return rows.length;
  }

  findOwned(bankId: string, id: string, lock = false): Promise<WebhookSubscriptionEntity | null> {
    const query = this.repo
      .createQueryBuilder('s')
      .where('s.id = :id AND s.bankId = :bankId AND s.deletedAt IS NULL', { id, bankId });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  page(bankId: string, page: PageQuery): Promise<Page<WebhookSubscriptionEntity>> {
    const query = this.repo.createQueryBuilder('s').where('s.bankId = :bankId AND s.deletedAt IS NULL', { bankId });
    return paginate(query, page);
  }

  /** The live subscriptions of these banks that asked for this event type. */
  listening(bankIds: string[], eventType: string): Promise<WebhookSubscriptionEntity[]> {
    if (bankIds.length === 0) return Promise.resolve([]);
    return this.repo
      .createQueryBuilder('s')
      .where('s.bankId IN (:...bankIds) AND s.deletedAt IS NULL AND :eventType = ANY(s.events)', {
        bankIds,
        eventType,
      })
      .orderBy('s.id')
      .getMany();
  }

  /** Every subscription's stored secret, deleted ones too, locked for re-sealing. */
  secrets(): Promise<{ id: string; sealedSecret: string }[]> {
    return this.repo
      .createQueryBuilder('s')
      .select(['s.id', 's.sealedSecret'])
      .orderBy('s.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** Replaces a stored secret unless another process replaced it meanwhile. */
  async replaceSecret(id: string, was: string, sealed: string): Promise<void> {
    await this.repo.update({ id, sealedSecret: was }, { sealedSecret: sealed });
  }

  findById(id: string): Promise<WebhookSubscriptionEntity | null> {
    return this.repo.findOneBy({ id });
  }
}

import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { paginate, type Page, type PageQuery } from '@gqt/platform';
import { IsNull } from 'typeorm';
import { NotificationEntity } from './notification.entity';

@Injectable()
export class NotificationsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(NotificationEntity);
  }

  async insert(notifications: NotificationEntity[]): Promise<void> {
    if (notifications.length > 0) await this.repo.insert(notifications);
  }

  /** Tenancy in the query: only the caller's own inbox. */
  page(userId: string, filter: { unread?: boolean }, page: PageQuery): Promise<Page<NotificationEntity>> {
    const query = this.repo.createQueryBuilder('n').where('n.userId = :userId', { userId });
    if (filter.unread) query.andWhere('n.readAt IS NULL');
    return paginate(query, page);
  }

  async markRead(userId: string, id: string): Promise<NotificationEntity | null> {
    await this.repo.update({ id, userId, readAt: IsNull() }, { readAt: new Date() });
    return this.repo.findOneBy({ id, userId });
  }

  async markAllRead(userId: string): Promise<number> {
    const result = await this.repo.update({ userId, readAt: IsNull() }, { readAt: new Date() });
    return result.affected ?? 0;
  }
}

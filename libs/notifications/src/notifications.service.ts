import { Injectable } from '@nestjs/common';
import { notFound } from '@gqt/kernel';
import { UsersService } from '@gqt/identity';
import type { Page, PageQuery, Principal } from '@gqt/platform';
import { randomUUID } from 'node:crypto';
import { NotificationEntity } from './notification.entity';
import { NotificationsRepository } from './notifications.repository';

export interface NewNotification {
  kind: string;
  /** In Chinese, the portal's default language. */
  title: string;
  body: string;
  /** The same in English, for readers who ask for English. */
  en?: { title: string; body: string };
  entityType?: string;
  entityId?: string;
}

/**
 * The inbox. Other contexts call it from their event handlers, so a notification is written in
 * the same transaction that marks the event handled (exactly once per event).
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly users: UsersService,
  ) {}

  async notifyUsers(userIds: string[], notification: NewNotification): Promise<void> {
    const createdAt = new Date();
    await this.notifications.insert(
      [...new Set(userIds)].map((userId) =>
        Object.assign(new NotificationEntity(), {
          id: randomUUID(),
          userId,
          kind: notification.kind,
          title: notification.title,
          body: notification.body,
          titleEn: notification.en?.title ?? null,
          bodyEn: notification.en?.body ?? null,
          entityType: notification.entityType ?? null,
          entityId: notification.entityId ?? null,
          createdAt,
          readAt: null,
        }),
      ),
    );
  }

  /** Every user of an enterprise. */
  async notifyEnterprise(enterpriseId: string, notification: NewNotification): Promise<void> {
    await this.notifyUsers(await this.users.usersOfEnterprise(enterpriseId), notification);
  }

  /** The regulators of these cities and of the region. */
  async notifyRegulators(cityCodes: string[], notification: NewNotification): Promise<void> {
    await this.notifyUsers(await this.users.regulatorsOf(cityCodes), notification);
  }

  list(principal: Principal, filter: { unread?: boolean }, page: PageQuery): Promise<Page<NotificationEntity>> {
    return this.notifications.page(principal.id, filter, page);
  }

  async markRead(principal: Principal, id: string): Promise<NotificationEntity> {
    const notification = await this.notifications.markRead(principal.id, id);
    if (!notification) throw notFound('The notification');
    return notification;
  }

  markAllRead(principal: Principal): Promise<number> {
    return this.notifications.markAllRead(principal.id);
  }
}

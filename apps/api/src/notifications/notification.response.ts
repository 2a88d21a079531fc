import type { NotificationEntity } from '@gqt/notifications';
import { PageQuery } from '@gqt/platform';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export class NotificationQuery extends PageQuery {
  /** Only unread notifications. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

export class NotificationResponse {
  id!: string;

  /** @example "receivable.confirmation_requested" */
  kind!: string;

  /** @example "请确认应收账款 HT-2026-001" */
  title!: string;

  body!: string;

  /** @example "receivable" */
  entityType!: string | null;

  entityId!: string | null;

  createdAt!: Date;

  readAt!: Date | null;

  static of(n: NotificationEntity): NotificationResponse {
    return {
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      entityType: n.entityType,
      entityId: n.entityId,
      createdAt: n.createdAt,
      readAt: n.readAt,
    };
  }
}

export class NotificationPage {
  items!: NotificationResponse[];

  nextCursor!: string | null;
}

import type { NotificationEntity } from '@gqt/notifications';
import { IdField, ListField, PageQuery, TextField, TimestampField } from '@gqt/platform';
import { CodeField, NextCursorField } from '../common/fields';
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
  @IdField()
  id!: string;

  /** @example "receivable.confirmation_requested" */
  @CodeField()
  kind!: string;

  /** @example "请确认应收账款 HT-2026-001" */
  @TextField(500)
  title!: string;

  @TextField(5000)
  body!: string;

  /** @example "receivable" */
  @CodeField()
  entityType!: string | null;

  @IdField()
  entityId!: string | null;

  @TimestampField()
  createdAt!: Date;

  @TimestampField()
  readAt!: Date | null;

  /** In the reader's language: English when the caller asks for it (Accept-Language) and it exists, else Chinese. */
  static of(n: NotificationEntity, language: 'zh-CN' | 'en' | null = null): NotificationResponse {
    const english = language === 'en' && n.titleEn !== null && n.bodyEn !== null;
    return {
      id: n.id,
      kind: n.kind,
      title: english ? n.titleEn! : n.title,
      body: english ? n.bodyEn! : n.body,
      entityType: n.entityType,
      entityId: n.entityId,
      createdAt: n.createdAt,
      readAt: n.readAt,
    };
  }
}

export class NotificationPage {
  @ListField({ maxItems: 200, of: NotificationResponse })
  items!: NotificationResponse[];

  @NextCursorField()
  nextCursor!: string | null;
}

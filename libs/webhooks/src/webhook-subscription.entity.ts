import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { WebhookEventType } from './domain/event-types';

/** Where a bank wants its events, and the secret that signs them. */
@Entity('webhook_subscriptions')
export class WebhookSubscriptionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'bank_id', type: 'uuid' })
  bankId!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text', array: true })
  events!: WebhookEventType[];

  /** The signing secret, sealed (see WebhookSecrets); shown to the bank only when created or rotated. */
  @Column({ name: 'secret', type: 'text' })
  sealedSecret!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'secret_rotated_at', type: 'timestamptz', precision: 3, nullable: true })
  secretRotatedAt!: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', precision: 3, nullable: true })
  deletedAt!: Date | null;
}

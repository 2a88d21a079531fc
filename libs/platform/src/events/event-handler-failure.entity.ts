import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OutboxEventEntity } from './outbox-event.entity';

/** A handler that failed on an event: how often, the last error, and whether it is parked. */
@Entity('event_handler_failures')
export class EventHandlerFailureEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @ManyToOne(() => OutboxEventEntity)
  @JoinColumn({ name: 'event_id' })
  event?: OutboxEventEntity;

  @Column({ type: 'text' })
  handler!: string;

  @Column({ type: 'int' })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text' })
  lastError!: string;

  @Column({ name: 'first_failed_at', type: 'timestamptz', precision: 3 })
  firstFailedAt!: Date;

  @Column({ name: 'last_failed_at', type: 'timestamptz', precision: 3 })
  lastFailedAt!: Date;

  /** Set once the handler has failed its last attempt: it waits for an operator's replay. */
  @Column({ name: 'parked_at', type: 'timestamptz', precision: 3, nullable: true })
  parkedAt!: Date | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('outbox_events')
export class OutboxEventEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ name: 'aggregate_type', type: 'text' })
  aggregateType!: string;

  @Column({ name: 'aggregate_id', type: 'uuid' })
  aggregateId!: string;

  @Column({ type: 'jsonb' })
  payload!: object;

  @Column({ name: 'occurred_at', type: 'timestamptz', precision: 3 })
  occurredAt!: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', precision: 3, nullable: true })
  dispatchedAt!: Date | null;

  @Column({ name: 'dispatch_count', type: 'int', default: 0 })
  dispatchCount!: number;

  @Column({ name: 'completed_at', type: 'timestamptz', precision: 3, nullable: true })
  completedAt!: Date | null;

  /** When the relay hands the event on again if its handlers have not all finished by then. */
  @Column({ name: 'redispatch_at', type: 'timestamptz', precision: 3, nullable: true })
  redispatchAt!: Date | null;

  /** Set when nothing is left to do for the event but handlers parked for an operator. */
  @Column({ name: 'parked_at', type: 'timestamptz', precision: 3, nullable: true })
  parkedAt!: Date | null;
}

import type { JobStatus } from '@gqt/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type TrackedJobStatus = JobStatus;

export interface RowError {
  row: number;
  /** The row's first problem (of `problems`, when it has several). */
  code: string;
  message: string;
  /** The column the first problem is about, when it is one column's. */
  column?: string;
  /** Every problem of the row, each with its code and column: all of them at once. */
  problems?: RowProblem[];
}

export interface RowProblem {
  code: string;
  column?: string;
  message: string;
}

/** A long-running piece of work a user started and can follow on GET /jobs/{id}. */
@Entity('jobs')
export class TrackedJobEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  status!: TrackedJobStatus;

  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId!: string | null;

  @Column({ name: 'owner_enterprise_id', type: 'uuid', nullable: true })
  ownerEnterpriseId!: string | null;

  @Column({ type: 'jsonb' })
  input!: object;

  @Column({ type: 'int' })
  total!: number;

  @Column({ type: 'int' })
  succeeded!: number;

  @Column({ type: 'int' })
  failed!: number;

  @Column({ type: 'jsonb' })
  errors!: RowError[];

  @Column({ type: 'jsonb', nullable: true })
  result!: object | null;

  @Column({ type: 'int' })
  attempts!: number;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', precision: 3, nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'heartbeat_at', type: 'timestamptz', precision: 3, nullable: true })
  heartbeatAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', precision: 3, nullable: true })
  finishedAt!: Date | null;
}

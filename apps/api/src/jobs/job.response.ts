import type { RowError, TrackedJobEntity, TrackedJobStatus } from '@gqt/platform';

export class JobRowError implements RowError {
  /** The file's row number, counting the header as row 1. @example 7 */
  row!: number;

  /** @example "INVOICE_ALREADY_REGISTERED" */
  code!: string;

  message!: string;
}

export class JobResponse {
  id!: string;

  /** @example "receivables.import" */
  kind!: string;

  /** @example "DONE" */
  status!: TrackedJobStatus;

  total!: number;

  succeeded!: number;

  failed!: number;

  errors!: JobRowError[];

  result!: object | null;

  createdAt!: Date;

  startedAt!: Date | null;

  finishedAt!: Date | null;

  static of(job: TrackedJobEntity): JobResponse {
    return {
      id: job.id,
      kind: job.kind,
      status: job.status,
      total: job.total,
      succeeded: job.succeeded,
      failed: job.failed,
      errors: job.errors,
      result: job.result,
      createdAt: job.createdAt,
      startedAt: job.startedAt,
      finishedAt: job.finishedAt,
    };
  }
}

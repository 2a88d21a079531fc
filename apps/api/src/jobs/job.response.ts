import { JOB_STATUSES } from '@gqt/contracts';
import {
  EnumField,
  IdField,
  IntField,
  ListField,
  TextField,
  TimestampField,
  type RowError,
  type TrackedJobEntity,
  type TrackedJobStatus,
} from '@gqt/platform';
import { IsOptional } from 'class-validator';
import { CodeField } from '../common/fields';

// A job keeps at most this many row errors (the import's own cap), and rows of one file.
const MAX_ROWS = 1_000_000;

export class JobRowProblem {
  /** @example "INVALID_DATE" */
  @CodeField()
  code!: string;

  /** The column's key, as in the template's header. @example "dueDate" */
  @IsOptional()
  @CodeField()
  column?: string;

  @TextField(1000)
  message!: string;
}

export class JobRowError implements RowError {
  /** The file's row number, counting the header as row 1. @example 7 */
  @IntField(1, MAX_ROWS)
  row!: number;

  /** @example "INVOICE_ALREADY_REGISTERED" */
  @CodeField()
  code!: string;

  /** Every problem of the row joined, in English. */
  @TextField(10000)
  message!: string;

  /** The column the first problem is about, when it concerns one column. @example "invoiceAmount" */
  @IsOptional()
  @CodeField()
  column?: string;

  /** Every problem of the row at once, each with its code and column (translate by code and column). */
  @IsOptional()
  @ListField({ maxItems: 50, of: JobRowProblem })
  problems?: JobRowProblem[];
}

export class JobResponse {
  @IdField()
  id!: string;

  /** @example "receivables.import" */
  @CodeField()
  kind!: string;

  /** @example "DONE" */
  @EnumField(JOB_STATUSES, 'JobStatus')
  status!: TrackedJobStatus;

  @IntField(0, MAX_ROWS)
  total!: number;

  @IntField(0, MAX_ROWS)
  succeeded!: number;

  @IntField(0, MAX_ROWS)
  failed!: number;

  @ListField({ maxItems: MAX_ROWS, of: JobRowError })
  errors!: JobRowError[];

  result!: object | null;

  @TimestampField()
  createdAt!: Date;

  @TimestampField()
  startedAt!: Date | null;

  @TimestampField()
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

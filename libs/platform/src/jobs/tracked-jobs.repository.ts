import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Principal } from '../auth/principal';
import { TrackedJobEntity, type RowError } from './tracked-job.entity';

@Injectable()
export class TrackedJobsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(TrackedJobEntity);
  }

  async insert(job: TrackedJobEntity): Promise<void> {
    await this.repo.insert(job);
  }

  /** Tenancy in the query: a job is visible to its owner's enterprise, its owner, or an admin. */
  async findVisible(id: string, principal: Principal): Promise<TrackedJobEntity | null> {
    const query = this.repo.createQueryBuilder('j').where('j.id = :id', { id });
    if (principal.role !== 'ADMIN') {
      query.andWhere(
        '(j.ownerUserId = :userId OR (j.ownerEnterpriseId IS NOT NULL AND j.ownerEnterpriseId = :enterpriseId))',
        {
          userId: principal.id,
          enterpriseId: principal.enterpriseId,
        },
      );
    }
    return query.getOne();
  }

  async find(id: string): Promise<TrackedJobEntity | null> {
    return this.repo.findOneBy({ id });
  }

  /** Takes a queued job, or one whose runner stopped sending heartbeats; false if another runner has it. */
  async claim(id: string, staleAfterSeconds: number): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected count], not with the rows alone.
    const [claimed] = await this.txHost.tx.query<[unknown[], number]>(
      `UPDATE jobs SET status = 'RUNNING', started_at = coalesce(started_at, now()), heartbeat_at = now(), attempts = attempts + 1
        WHERE id = $1 AND (status = 'QUEUED' OR (status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => $2)))
        RETURNING id`,
      [id, staleAfterSeconds],
    );
    return claimed.length === 1;
  }

  async progress(
    id: string,
    counts: { total: number; succeeded: number; failed: number },
    errors: RowError[],
  ): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE jobs SET total = $2, succeeded = $3, failed = $4, errors = $5::jsonb, heartbeat_at = now() WHERE id = $1`,
      [id, counts.total, counts.succeeded, counts.failed, JSON.stringify(errors)],
    );
  }

  async finish(id: string, status: 'DONE' | 'FAILED', result: unknown): Promise<void> {
    await this.txHost.tx.query(`UPDATE jobs SET status = $2, result = $3::jsonb, finished_at = now() WHERE id = $1`, [
      id,
      status,
      JSON.stringify(result ?? null),
    ]);
  }

  /** Jobs that nobody is running: queued long ago, or running without a recent heartbeat. */
  async abandoned(kind: string, staleAfterSeconds: number): Promise<string[]> {
    const rows: { id: string }[] = await this.txHost.tx.query(
      `SELECT id FROM jobs WHERE kind = $1 AND (
         (status = 'QUEUED' AND created_at < now() - make_interval(secs => $2)) OR
         (status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => $2)))
       ORDER BY created_at LIMIT 100`,
      [kind, staleAfterSeconds],
    );
    return rows.map((r) => r.id);
  }
}

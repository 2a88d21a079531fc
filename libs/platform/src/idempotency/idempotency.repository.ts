import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

export interface IdempotencyScope {
  callerType: string;
  callerId: string;
  key: string;
}

export interface StoredResponse {
  status: number;
  contentType: string;
  body: string;
}

export type KeyState =
  /** Another request with this key is running (it holds the key's lock). */
  | { state: 'busy' }
  /** This transaction holds the key and no answer is kept: the request runs. */
  | { state: 'free' }
  | { state: 'answered'; fingerprint: string; response: StoredResponse };

interface KeyRow {
  locked: boolean;
  fingerprint: string | null;
  response_status: number | null;
  response_type: string | null;
  response_body: string | null;
}

/**
 * The idempotency_keys table. Every statement runs in the request's own transaction: a key's
 * answer is written in the transaction of the effect it answers for, so both commit or neither.
 */
@Injectable()
export class IdempotencyRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /**
   * Takes the key's lock for the rest of the transaction and reads its kept answer. A request
   * holding the lock keeps it until its transaction ends, so a duplicate finds it busy.
   */
  async lock(scope: IdempotencyScope): Promise<KeyState> {
    const [row] = await this.txHost.tx.query<KeyRow[]>(
      // The key's advisory lock: its scope hashed to 64 bits (a collision only makes two keys wait
      // for each other).
      `SELECT pg_try_advisory_xact_lock(hashtextextended($4, 0)) AS locked, k.fingerprint, k.response_status, k.response_type, k.response_body
         FROM (SELECT 1) AS one
         LEFT JOIN idempotency_keys k
           ON k.caller_type = $1 AND k.caller_id = $2 AND k.key = $3 AND k.expires_at > now()`,
      [scope.callerType, scope.callerId, scope.key, `${scope.callerType}:${scope.callerId}:${scope.key}`],
    );
    if (!row.locked) return { state: 'busy' };
    if (row.fingerprint === null || row.response_status === null) return { state: 'free' };
    return {
      state: 'answered',
      fingerprint: row.fingerprint,
      response: { status: row.response_status, contentType: row.response_type ?? '', body: row.response_body ?? '' },
    };
  }

  /**
   * Keeps the answer for `retentionHours`. Returns false when the key already holds an answer that
   * has not expired (a request that committed between our reading and our lock): the caller must
   * roll back, and will then find that answer.
   */
  async keep(
    scope: IdempotencyScope,
    fingerprint: string,
    response: StoredResponse,
    retentionHours: number,
  ): Promise<boolean> {
    const kept: unknown[] = await this.txHost.tx.query(
      `INSERT INTO idempotency_keys (caller_type, caller_id, key, fingerprint, response_status, response_type,
                                     response_body, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(hours => $8))
       ON CONFLICT (caller_type, caller_id, key) DO UPDATE
         SET fingerprint = EXCLUDED.fingerprint, response_status = EXCLUDED.response_status,
             response_type = EXCLUDED.response_type, response_body = EXCLUDED.response_body,
             created_at = now(), expires_at = EXCLUDED.expires_at
         WHERE idempotency_keys.expires_at <= now()
       RETURNING 1`,
      [
        scope.callerType,
        scope.callerId,
        scope.key,
        fingerprint,
        response.status,
        response.contentType,
        response.body,
        retentionHours,
      ],
    );
    return kept.length === 1;
  }

  async purgeExpired(): Promise<number> {
    const [, affected] = await this.txHost.tx.query<[unknown, number]>(
      'DELETE FROM idempotency_keys WHERE expires_at < now()',
    );
    return affected;
  }
}

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
  | { state: 'owned' }
  | { state: 'completed'; fingerprint: string; response: StoredResponse }
  | { state: 'in-progress'; fingerprint: string }
  | { state: 'gone' };

interface KeyRow {
  fingerprint: string;
  owner: string | null;
  response_status: number | null;
  response_type: string | null;
  response_body: string | null;
}

/**
 * The idempotency_keys table. Each statement commits on its own (never inside the request's
 * business transaction): the "in progress" row must be visible to a simultaneous duplicate
 * before the first request does anything.
 */
@Injectable()
export class IdempotencyRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /**
   * Takes the key for `owner`: a new key, one whose 24 hours are over, or one left in progress
   * past its lease by the same request (its process died). Otherwise reports what holds it.
   */
  async claim(
    scope: IdempotencyScope,
    fingerprint: string,
    owner: string,
    leaseSeconds: number,
    retentionHours: number,
  ): Promise<KeyState> {
    const taken: unknown[] = await this.txHost.tx.query(
      `INSERT INTO idempotency_keys (caller_type, caller_id, key, fingerprint, owner, leased_until, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6), now() + make_interval(hours => $7))
       ON CONFLICT (caller_type, caller_id, key) DO UPDATE
         SET fingerprint = EXCLUDED.fingerprint, owner = EXCLUDED.owner, leased_until = EXCLUDED.leased_until,
             response_status = NULL, response_type = NULL, response_body = NULL,
             created_at = now(), completed_at = NULL, expires_at = EXCLUDED.expires_at
         WHERE idempotency_keys.expires_at <= now()
            OR (idempotency_keys.completed_at IS NULL AND idempotency_keys.leased_until <= now()
                AND idempotency_keys.fingerprint = EXCLUDED.fingerprint)
       RETURNING owner`,
      [scope.callerType, scope.callerId, scope.key, fingerprint, owner, leaseSeconds, retentionHours],
    );
    if (taken.length === 1) return { state: 'owned' };
    const [row] = await this.txHost.tx.query<KeyRow[]>(
      `SELECT fingerprint, owner, response_status, response_type, response_body FROM idempotency_keys
        WHERE caller_type = $1 AND caller_id = $2 AND key = $3`,
      [scope.callerType, scope.callerId, scope.key],
    );
    if (!row) return { state: 'gone' };
    if (row.response_status === null) return { state: 'in-progress', fingerprint: row.fingerprint };
    return {
      state: 'completed',
      fingerprint: row.fingerprint,
      response: { status: row.response_status, contentType: row.response_type ?? '', body: row.response_body ?? '' },
    };
  }

  /** Stores the first response; a no-op if another request took the key over meanwhile. */
  async complete(scope: IdempotencyScope, owner: string, response: StoredResponse): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE idempotency_keys
          SET response_status = $5, response_type = $6, response_body = $7, completed_at = now(),
              owner = NULL, leased_until = NULL
        WHERE caller_type = $1 AND caller_id = $2 AND key = $3 AND owner = $4`,
      [scope.callerType, scope.callerId, scope.key, owner, response.status, response.contentType, response.body],
    );
  }

  /** Gives the key up (the request failed on our side): a retry runs the request again. */
  async release(scope: IdempotencyScope, owner: string): Promise<void> {
    await this.txHost.tx.query(
      `DELETE FROM idempotency_keys WHERE caller_type = $1 AND caller_id = $2 AND key = $3 AND owner = $4`,
      [scope.callerType, scope.callerId, scope.key, owner],
    );
  }

  async purgeExpired(): Promise<number> {
    const [, affected] = await this.txHost.tx.query<[unknown, number]>(
      'DELETE FROM idempotency_keys WHERE expires_at < now()',
    );
    return affected;
  }
}

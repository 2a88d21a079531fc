import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

/**
 * How stale a process's view of a revocation may be. Every API process re-reads a subject's
 * version at most this long after it last read it, so a revocation made by any process takes
 * effect everywhere within a second (issue 12), without a message bus between processes.
 */
export const TOKEN_VERSION_TTL_MS = 500;
// Bounds the cache under a storm of distinct subjects; expired entries are dropped first.
const MAX_CACHED_SUBJECTS = 10_000;

interface Cached {
  version: number;
  readAt: number;
}

/**
 * The version of a user's or API client's credentials. Every access token carries the version it
 * was issued under (`ver`); disabling the subject, changing its password or rotating its secret
 * increments it, which ends every token issued before.
 */
@Injectable()
export class TokenVersions {
  private readonly cache = new Map<string, Cached>();

  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Ends every token issued so far to the subject; joins the caller's transaction. */
  async revoke(subjectId: string): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO token_versions (subject_id, version) VALUES ($1, 1)
       ON CONFLICT (subject_id) DO UPDATE SET version = token_versions.version + 1`,
      [subjectId],
    );
    this.cache.delete(subjectId);
  }

  /** The version a new token gets: read now, never from the cache. */
  async read(subjectId: string): Promise<number> {
    const rows: { version: number }[] = await this.txHost.tx.query(
      'SELECT version FROM token_versions WHERE subject_id = $1',
      [subjectId],
    );
    return rows[0]?.version ?? 0;
  }

  /** The version a presented token must carry, at most TOKEN_VERSION_TTL_MS old. */
  async current(subjectId: string): Promise<number> {
    const now = Date.now();
    const cached = this.cache.get(subjectId);
    if (cached && now - cached.readAt < TOKEN_VERSION_TTL_MS) return cached.version;
    const version = await this.read(subjectId);
    if (this.cache.size >= MAX_CACHED_SUBJECTS) this.prune(now);
    this.cache.set(subjectId, { version, readAt: now });
    return version;
  }

  private prune(now: number): void {
    for (const [subject, entry] of this.cache) {
      if (now - entry.readAt >= TOKEN_VERSION_TTL_MS) this.cache.delete(subject);
    }
    if (this.cache.size >= MAX_CACHED_SUBJECTS) this.cache.clear();
  }
}

import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/principal';
import type { Page, PageQuery } from '../http/pagination';
import { AuditEventEntity } from './audit-event.entity';
import { asJson, chainHash } from './audit-chain';
import { AuditRepository, type AuditScope } from './audit.repository';

export interface AuditRecord {
  entityType: string;
  entityId: string;
  action: string;
  actor: Actor;
  /** Cities (or the region) the change concerns: what a city regulator may read. */
  jurisdictions?: string[];
  before?: unknown;
  after?: unknown;
}

export interface Verification {
  valid: boolean;
  checked: number;
  firstBrokenId?: string;
}

const VERIFY_BATCH = 1000;

/**
 * The append-only audit trail. Events are hash-chained per entity rather than in one global
 * chain: a global chain would make every state change in the platform wait for the previous
 * one's hash, while per-entity chains only serialise writers that already lock the same row.
 * The database refuses UPDATE, DELETE and TRUNCATE on the table (migration Foundation).
 */
@Injectable()
export class AuditService {
  constructor(private readonly events: AuditRepository) {}

  /** Appends one event in the caller's transaction. */
  async record(record: AuditRecord): Promise<void> {
    const last = await this.events.lastOf(record.entityId);
    const event = new AuditEventEntity();
    Object.assign(event, {
      id: randomUUID(),
      entityType: record.entityType,
      entityId: record.entityId,
      entitySeq: (last?.entitySeq ?? 0) + 1,
      action: record.action,
      actorType: record.actor.type,
      actorId: record.actor.id,
      actorName: record.actor.name,
      jurisdictions: [...new Set(record.jurisdictions ?? [])].sort(),
      before: asJson(record.before),
      after: asJson(record.after),
      occurredAt: new Date(),
      prevHash: last?.hash ?? null,
    });
    event.hash = chainHash(event);
    await this.events.insert(event);
  }

  list(filter: { entityId?: string } & AuditScope, page: PageQuery): Promise<Page<AuditEventEntity>> {
    return this.events.page(filter, page);
  }

  timeline(entityId: string): Promise<AuditEventEntity[]> {
    return this.events.timeline(entityId);
  }

  /** Walks every chain; reports the earliest-written event whose link or content does not hold. */
  async verify(): Promise<Verification> {
    let checked = 0;
    let firstBroken: AuditEventEntity | undefined;
    let previous: AuditEventEntity | undefined;
    for (let batch = await this.events.chainBatch(null, VERIFY_BATCH); batch.length > 0;) {
      for (const event of batch) {
        const predecessor = previous?.entityId === event.entityId ? previous : undefined;
        const linked =
          event.entitySeq === (predecessor?.entitySeq ?? 0) + 1 && event.prevHash === (predecessor?.hash ?? null);
        if (!linked || chainHash(event) !== event.hash) {
          if (!firstBroken || BigInt(event.seq) < BigInt(firstBroken.seq)) firstBroken = event;
        }
        previous = event;
        checked += 1;
      }
      const last = batch[batch.length - 1];
      batch = await this.events.chainBatch({ entityId: last.entityId, entitySeq: last.entitySeq }, VERIFY_BATCH);
    }
    return firstBroken ? { valid: false, checked, firstBrokenId: firstBroken.id } : { valid: true, checked };
  }
}

import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { randomUUID } from 'node:crypto';
import { asJson, chainHash } from './audit-chain';
import type { AuditRecord } from './audit.service';

/**
 * Appends the first event of new entities: many in one statement for bulk creation (e.g. a file
 * import of thousands of rows, where one `AuditService.record` each would cost round trips), or
 * one without looking up a chain that cannot exist yet. Each event starts its entity's chain; the
 * chain key refuses an entity that already has one.
 */
@Injectable()
export class AuditBatch {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async recordCreations(records: AuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    const occurredAt = new Date();
    const rows = records.map((record) => {
      const fields = {
        entityType: record.entityType,
        entityId: record.entityId,
        entitySeq: 1,
        action: record.action,
        actorType: record.actor.type,
        actorId: record.actor.id,
        actorName: record.actor.name,
        jurisdictions: [...new Set(record.jurisdictions ?? [])].sort(),
        before: asJson(record.before),
        after: asJson(record.after),
        occurredAt,
        prevHash: null,
      };
      return {
        id: randomUUID(),
        entity_type: fields.entityType,
        entity_id: fields.entityId,
        action: fields.action,
        actor_type: fields.actorType,
        actor_id: fields.actorId,
        actor_name: fields.actorName,
        jurisdictions: fields.jurisdictions,
        before: fields.before,
        after: fields.after,
        occurred_at: occurredAt.toISOString(),
        hash: chainHash(fields),
      };
    });
    await this.txHost.tx.query(
      `INSERT INTO audit_events (id, entity_type, entity_id, entity_seq, action, actor_type, actor_id, actor_name,
                                 jurisdictions, before, after, occurred_at, prev_hash, hash)
       SELECT id, entity_type, entity_id, 1, action, actor_type, actor_id, actor_name,
              jurisdictions, before, after, occurred_at, NULL, hash
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, entity_type text, entity_id uuid, action text,
              actor_type text, actor_id uuid, actor_name text, jurisdictions char(6)[], before jsonb, after jsonb,
              occurred_at timestamptz, hash char(64))`,
      [JSON.stringify(rows)],
    );
  }
}

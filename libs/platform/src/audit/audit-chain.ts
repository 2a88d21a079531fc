import { createHash } from 'node:crypto';
import stableStringify from 'fast-json-stable-stringify';

/** The fields of an audit event that its hash covers, including the previous event's hash. */
export interface ChainedFields {
  entityType: string;
  entityId: string;
  entitySeq: number;
  action: string;
  actorType: string;
  actorId: string | null;
  actorName: string;
  jurisdictions: string[];
  before: unknown;
  after: unknown;
  occurredAt: Date;
  prevHash: string | null;
}

/** SHA-256 over a canonical JSON form (sorted keys), so that jsonb's key order does not matter. */
export function chainHash(fields: ChainedFields): string {
  const canonical = stableStringify({
    entityType: fields.entityType,
    entityId: fields.entityId,
    entitySeq: fields.entitySeq,
    action: fields.action,
    actorType: fields.actorType,
    actorId: fields.actorId,
    actorName: fields.actorName,
    jurisdictions: fields.jurisdictions,
    before: fields.before,
    after: fields.after,
    occurredAt: fields.occurredAt.toISOString(),
    prevHash: fields.prevHash,
  });
  return createHash('sha256').update(canonical).digest('hex');
}

/** What a stored snapshot looks like after a JSON round trip (Dates become ISO strings). */
export function asJson(value: unknown): object | null {
  return value === undefined || value === null ? null : (JSON.parse(JSON.stringify(value)) as object);
}

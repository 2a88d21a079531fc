import { PageQuery, type AuditEventEntity } from '@gqt/platform';
import { IsOptional, IsUUID } from 'class-validator';

export class AuditQuery extends PageQuery {
  @IsOptional()
  @IsUUID()
  entityId?: string;
}

export class AuditActor {
  /** @example "user" */
  type!: string;

  id!: string | null;

  name!: string;
}

export class AuditEventResponse {
  id!: string;

  /** Global order of writing. @example "1042" */
  seq!: string;

  /** @example "receivable" */
  entityType!: string;

  entityId!: string;

  /** Position in the entity's chain, from 1. */
  entitySeq!: number;

  /** @example "receivable.confirmed" */
  action!: string;

  actor!: AuditActor;

  before!: object | null;

  after!: object | null;

  occurredAt!: Date;

  prevHash!: string | null;

  /** SHA-256 over this event and the previous event's hash. */
  hash!: string;

  static of(e: AuditEventEntity): AuditEventResponse {
    return {
      id: e.id,
      seq: e.seq,
      entityType: e.entityType,
      entityId: e.entityId,
      entitySeq: e.entitySeq,
      action: e.action,
      actor: { type: e.actorType, id: e.actorId, name: e.actorName },
      before: e.before,
      after: e.after,
      occurredAt: e.occurredAt,
      prevHash: e.prevHash,
      hash: e.hash,
    };
  }
}

export class AuditEventPage {
  items!: AuditEventResponse[];

  nextCursor!: string | null;
}

export class AuditVerificationResponse {
  valid!: boolean;

  /** How many events were checked. */
  checked!: number;

  /** The earliest-written event whose content or link does not hold. */
  firstBrokenId?: string;
}

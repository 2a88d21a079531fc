import {
  EnumField,
  IdField,
  IntField,
  ListField,
  PageQuery,
  TextField,
  TimestampField,
  type AuditEventEntity,
} from '@gqt/platform';
import { IsOptional } from 'class-validator';
import { CodeField, NameField, NextCursorField } from '../common/fields';

const SHA256_HEX = /^[0-9a-f]{64}$/;

export class AuditQuery extends PageQuery {
  @IsOptional()
  @IdField()
  entityId?: string;
}

export class AuditActor {
  /** @example "user" */
  @EnumField(['user', 'client', 'system'], 'ActorType')
  type!: string;

  @IdField()
  id!: string | null;

  @NameField()
  name!: string;
}

export class AuditEventResponse {
  @IdField()
  id!: string;

  /** Global order of writing. @example "1042" */
  @TextField(20, { pattern: /^\d+$/ })
  seq!: string;

  /** @example "receivable" */
  @CodeField()
  entityType!: string;

  @IdField()
  entityId!: string;

  /** Position in the entity's chain, from 1. */
  @IntField(1, 2_147_483_647)
  entitySeq!: number;

  /** @example "receivable.confirmed" */
  @CodeField()
  action!: string;

  actor!: AuditActor;

  before!: object | null;

  after!: object | null;

  @TimestampField()
  occurredAt!: Date;

  @TextField(64, { pattern: SHA256_HEX })
  prevHash!: string | null;

  /** SHA-256 over this event and the previous event's hash. */
  @TextField(64, { pattern: SHA256_HEX })
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
  @ListField({ maxItems: 200, of: AuditEventResponse })
  items!: AuditEventResponse[];

  @NextCursorField()
  nextCursor!: string | null;
}

export class AuditVerificationResponse {
  valid!: boolean;

  /** How many events were checked. */
  @IntField(0, Number.MAX_SAFE_INTEGER)
  checked!: number;

  /** The earliest-written event whose content or link does not hold. */
  @IdField()
  firstBrokenId?: string;
}

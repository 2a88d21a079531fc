import { Injectable } from '@nestjs/common';
import { AuditService, actorOf, type Actor, type Principal } from '@gqt/platform';
import { auditSnapshot } from './receivable-details';
import type { ReceivableEntity } from './receivable.entity';

/** The audit events of changes to receivables, in the caller's transaction. */
@Injectable()
export class ReceivableAuditTrail {
  constructor(private readonly audit: AuditService) {}

  /** One change: the snapshot taken before it, the receivable as it is now, and what else it concerns. */
  async recordChange(
    who: Principal | Actor,
    receivable: ReceivableEntity,
    action: string,
    before: object,
    extra: object = {},
  ): Promise<void> {
    await this.audit.record({
      entityType: 'receivable',
      entityId: receivable.id,
      action,
      actor: 'role' in who ? actorOf(who) : who,
      jurisdictions: [receivable.creditorCityCode, receivable.debtorCityCode],
      before,
      after: { ...auditSnapshot(receivable), ...extra },
    });
  }
}

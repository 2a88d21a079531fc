import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditService, Outbox, REGION_CODE, actorOf, type Principal } from '@gqt/platform';
import { DEFAULT_MAX_TIER } from '../domain/transfer';
import { TransferPolicyEntity } from './transfer-policy.entity';
import { TransferPolicyRepository } from './transfer-policy.repository';

/** The policy as callers see it: the stored one, or the default until a region regulator sets it. */
export interface TransferPolicyView {
  maxTier: number;
  isDefault: boolean;
  updatedAt: Date | null;
  updatedByName: string | null;
}

export const TRANSFER_POLICY_UPDATED = 'transfer_policy.updated';
/** The one policy's id in the audit trail and the outbox (both key entities by uuid). */
const TRANSFER_POLICY_ID = '7a3c0e17-0000-4000-8000-000000000001';

const viewOf = (policy: TransferPolicyEntity | null): TransferPolicyView =>
  policy
    ? { maxTier: policy.maxTier, isDefault: false, updatedAt: policy.updatedAt, updatedByName: policy.updatedByName }
    : { maxTier: DEFAULT_MAX_TIER, isDefault: true, updatedAt: null, updatedByName: null };

/** How deep a tree of pieces may grow (api-contract.md § Transfer and split: GET|PUT /transfer-policy). */
@Injectable()
export class TransferPolicyService {
  constructor(
    private readonly policies: TransferPolicyRepository,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
  ) {}

  async current(): Promise<TransferPolicyView> {
    return viewOf(await this.policies.find());
  }

  /** The region's regulators set the tier limit; it applies to transfers from now on. */
  @Transactional()
  async replace(principal: Principal, input: { maxTier: number }): Promise<TransferPolicyView> {
    const before = await this.policies.findForUpdate();
    if (before?.maxTier === input.maxTier) return viewOf(before);
    const actor = actorOf(principal);
    const after = Object.assign(new TransferPolicyEntity(), {
      id: true,
      maxTier: input.maxTier,
      updatedAt: new Date(),
      updatedById: actor.id,
      updatedByName: actor.name,
    });
    await this.policies.save(after);
    await this.audit.record({
      entityType: 'transfer_policy',
      entityId: TRANSFER_POLICY_ID,
      action: TRANSFER_POLICY_UPDATED,
      actor,
      jurisdictions: [REGION_CODE],
      before: viewOf(before),
      after: viewOf(after),
    });
    await this.outbox.publish({
      type: TRANSFER_POLICY_UPDATED,
      aggregateType: 'transfer_policy',
      aggregateId: TRANSFER_POLICY_ID,
      payload: { maxTier: after.maxTier },
    });
    return viewOf(after);
  }
}

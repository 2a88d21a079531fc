import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { conflict } from '@gqt/kernel';
import { AuditService, Outbox, REGION_CODE, actorOf, type Actor, type Principal } from '@gqt/platform';
import { DEFAULT_POLICY_TERMS, canonicalShare, checkPolicyTerms, sameTerms, type PolicyTerms } from './domain/policy';
import { PROCUREMENT_EVENTS, type ProcurementPolicyChangedPayload } from './procurement.events';
import { ProcurementPoliciesRepository } from './procurement-policies.repository';
import type { ProcurementPolicyEntity } from './procurement-policy.entity';

/** A year's policy as callers see it: the stored terms, or the defaults until a year has its own. */
export interface ProcurementPolicyView extends PolicyTerms {
  year: number;
  /** Whether a compliance figure of the year was exported: the terms can no longer change. */
  locked: boolean;
  lockedAt: Date | null;
  isDefault: boolean;
  updatedAt: Date | null;
}

const termsOf = (p: ProcurementPolicyEntity): PolicyTerms => ({
  reservedShareMin: canonicalShare(p.reservedShareMin),
  smallMicroShareMin: canonicalShare(p.smallMicroShareMin),
  smallProjectThresholds: { goodsServices: p.goodsServicesThreshold, works: p.worksThreshold },
  paymentDays: p.paymentDays,
});

const viewOf = (p: ProcurementPolicyEntity): ProcurementPolicyView => ({
  year: p.year,
  ...termsOf(p),
  locked: p.lockedAt !== null,
  lockedAt: p.lockedAt,
  isDefault: false,
  updatedAt: p.updatedAt,
});

/** Each year's procurement policy, edited by the region's regulators, locked by the first export. */
@Injectable()
export class ProcurementPoliciesService {
  constructor(
    private readonly policies: ProcurementPoliciesRepository,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
  ) {}

  async current(year: number): Promise<ProcurementPolicyView> {
    const stored = await this.policies.findByYear(year);
    if (stored) return viewOf(stored);
    return { year, ...DEFAULT_POLICY_TERMS, locked: false, lockedAt: null, isDefault: true, updatedAt: null };
  }

  /** The terms in force for a year. */
  async terms(year: number): Promise<PolicyTerms> {
    const stored = await this.policies.findByYear(year);
    return stored ? termsOf(stored) : DEFAULT_POLICY_TERMS;
  }

  /** Sets a year's terms; once a figure of the year was exported: 409 POLICY_LOCKED. */
  @Transactional()
  async replace(principal: Principal, year: number, input: PolicyTerms): Promise<ProcurementPolicyView> {
    const terms = checkPolicyTerms(input);
    const actor = actorOf(principal);
    const policy = await this.policies.lockOrCreate(year, DEFAULT_POLICY_TERMS, actor.name);
    if (policy.lockedAt !== null) {
      throw conflict(
        'POLICY_LOCKED',
        `The ${year} procurement policy is locked: compliance figures of ${year} were exported under it`,
      );
    }
    const before = termsOf(policy);
    if (sameTerms(before, terms)) return viewOf(policy);
    Object.assign(policy, {
      reservedShareMin: terms.reservedShareMin,
      smallMicroShareMin: terms.smallMicroShareMin,
      goodsServicesThreshold: terms.smallProjectThresholds.goodsServices,
      worksThreshold: terms.smallProjectThresholds.works,
      paymentDays: terms.paymentDays,
      updatedAt: new Date(),
      updatedByName: actor.name,
    });
    await this.policies.save(policy);
    await this.record(PROCUREMENT_EVENTS.policyUpdated, actor, policy, before);
    return viewOf(policy);
  }

  /**
   * For an export of the year's compliance figures, in its transaction: the terms they are
   * computed under, locked from now on, so that published numbers never change under anyone.
   */
  @Transactional()
  async lockForExport(year: number, actor: Actor): Promise<PolicyTerms> {
    const policy = await this.policies.lockOrCreate(year, DEFAULT_POLICY_TERMS, actor.name);
    if (policy.lockedAt === null) {
      policy.lockedAt = new Date();
      await this.policies.save(policy);
      await this.record(PROCUREMENT_EVENTS.policyLocked, actor, policy, termsOf(policy));
    }
    return termsOf(policy);
  }

  private async record(action: string, actor: Actor, policy: ProcurementPolicyEntity, before: PolicyTerms) {
    await this.audit.record({
      entityType: 'procurement_policy',
      entityId: policy.id,
      action,
      actor,
      jurisdictions: [REGION_CODE],
      before,
      after: viewOf(policy),
    });
    const payload: ProcurementPolicyChangedPayload = { policyId: policy.id, year: policy.year };
    await this.outbox.publish({ type: action, aggregateType: 'procurement_policy', aggregateId: policy.id, payload });
  }
}

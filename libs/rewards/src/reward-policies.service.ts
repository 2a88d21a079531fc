import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { conflict } from '@gqt/kernel';
import { AuditService, Outbox, REGION_CODE, actorOf, type Actor, type Principal } from '@gqt/platform';
import { randomUUID } from 'node:crypto';
import { checkPolicyTerms, defaultPolicyTerms, type PolicyTerms, type PolicyTermsInput } from './domain/reward-policy';
import { RewardPoliciesRepository } from './reward-policies.repository';
import { RewardPolicyEntity } from './reward-policy.entity';
import { REWARD_EVENTS, type RewardPolicyChangedPayload } from './reward.events';

/** A year's policy as callers see it: the stored newest version, or the defaults until one is stored. */
export interface RewardPolicyView extends PolicyTerms {
  id: string | null;
  year: number;
  version: number;
  /** Whether an evaluation used this version: it can no longer change, a PUT makes a new version. */
  locked: boolean;
  lockedAt: Date | null;
  isDefault: boolean;
  updatedAt: Date | null;
  updatedByName: string | null;
}

const sameTerms = (a: PolicyTerms, b: PolicyTerms) =>
  JSON.stringify([a.criteria, a.reward]) === JSON.stringify([b.criteria, b.reward]);

export const viewOf = (policy: RewardPolicyEntity): RewardPolicyView => ({
  id: policy.id,
  year: policy.year,
  version: policy.version,
  criteria: policy.criteria,
  reward: policy.reward,
  locked: policy.lockedAt !== null,
  lockedAt: policy.lockedAt,
  isDefault: false,
  updatedAt: policy.updatedAt,
  updatedByName: policy.updatedByName,
});

/** Each year's reward policy (criteria, thresholds, amount rule), edited by the region's regulators. */
@Injectable()
export class RewardPoliciesService {
  constructor(
    private readonly policies: RewardPoliciesRepository,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
  ) {}

  async current(year: number): Promise<RewardPolicyView> {
    const latest = await this.policies.latest(year);
    if (latest) return viewOf(latest);
    return {
      id: null,
      year,
      version: 1,
      ...defaultPolicyTerms(year),
      locked: false,
      lockedAt: null,
      isDefault: true,
      updatedAt: null,
      updatedByName: null,
    };
  }

  /**
   * Sets the year's terms: changes the newest version while no evaluation has used it, otherwise
   * writes the next version. Sending the terms already in force changes nothing.
   */
  @Transactional()
  async replace(principal: Principal, year: number, input: PolicyTermsInput): Promise<RewardPolicyView> {
    const terms = checkPolicyTerms(year, input);
    const latest = await this.policies.latestForUpdate(year);
    if (latest && sameTerms(latest, terms)) return viewOf(latest);
    const actor = actorOf(principal);
    if (latest && !latest.lockedAt) {
      const before = { ...latest };
      Object.assign(latest, terms, { updatedAt: new Date(), updatedById: actor.id, updatedByName: actor.name });
      await this.policies.update(latest);
      await this.record(REWARD_EVENTS.policyUpdated, actor, before, latest);
      return viewOf(latest);
    }
    return viewOf(await this.createVersion(year, (latest?.version ?? 0) + 1, terms, actor));
  }

  /**
   * For an evaluation, in its transaction: the year's newest version (the defaults stored as
   * version 1 if none was set), locked from now on so that the evaluation's results always match
   * the terms stored under its version.
   */
  async lockForEvaluation(year: number, actor: Actor): Promise<RewardPolicyEntity> {
    const policy =
      (await this.policies.latestForUpdate(year)) ??
      (await this.createVersion(year, 1, defaultPolicyTerms(year), actor));
    if (!policy.lockedAt) {
      const before = { ...policy };
      policy.lockedAt = new Date();
      await this.policies.update(policy);
      await this.record(REWARD_EVENTS.policyLocked, actor, before, policy);
    }
    return policy;
  }

  async byId(id: string): Promise<RewardPolicyEntity | null> {
    return this.policies.findById(id);
  }

  private async createVersion(year: number, version: number, terms: PolicyTerms, actor: Actor) {
    const now = new Date();
    const policy = Object.assign(new RewardPolicyEntity(), {
      id: randomUUID(),
      year,
      version,
      ...terms,
      createdAt: now,
      updatedAt: now,
      updatedById: actor.id,
      updatedByName: actor.name,
      lockedAt: null,
    } satisfies RewardPolicyEntity);
    if (!(await this.policies.insert(policy))) {
      throw conflict('POLICY_CHANGED', `The ${year} reward policy changed meanwhile; read it again and retry`);
    }
    await this.record(REWARD_EVENTS.policyCreated, actor, null, policy);
    return policy;
  }

  private async record(action: string, actor: Actor, before: RewardPolicyEntity | null, after: RewardPolicyEntity) {
    await this.audit.record({
      entityType: 'reward_policy',
      entityId: after.id,
      action,
      actor,
      jurisdictions: [REGION_CODE],
      before,
      after,
    });
    const payload: RewardPolicyChangedPayload = { policyId: after.id, year: after.year, version: after.version };
    await this.outbox.publish({ type: action, aggregateType: 'reward_policy', aggregateId: after.id, payload });
  }
}

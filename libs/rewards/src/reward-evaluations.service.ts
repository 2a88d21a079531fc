import { Injectable, Logger } from '@nestjs/common';
import { Propagation, TransactionHost, Transactional } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Money, conflict, notFound, ruleViolation, shanghaiDate } from '@gqt/kernel';
import { OnboardingService } from '@gqt/onboarding';
import {
  AuditService,
  Outbox,
  REGION_CODE,
  SYSTEM_ACTOR,
  actorOf,
  type Actor,
  type Page,
  type PageQuery,
  type Principal,
} from '@gqt/platform';
import { ReceivableStatisticsService, type DebtorYearStatistics } from '@gqt/receivables';
import { randomUUID } from 'node:crypto';
import { NO_FIGURES, type DebtorFigures } from './domain/debtor-figures';
import { evaluateEnterprise, evaluationDay, hasBegun } from './domain/evaluation';
import { RewardEvaluationEntity } from './reward-evaluation.entity';
import { RewardEvaluationsRepository } from './reward-evaluations.repository';
import { RewardPoliciesService } from './reward-policies.service';
import type { RewardPolicyEntity } from './reward-policy.entity';
import { RewardResultEntity } from './reward-result.entity';
import { REWARD_EVENTS, type EvaluationCompletedPayload, type EvaluationRequestedPayload } from './reward.events';

export interface EvaluationReport {
  evaluation: RewardEvaluationEntity;
  policy: RewardPolicyEntity;
  /** The results the caller may read. */
  results: RewardResultEntity[];
}

const figuresOf = (statistics: DebtorYearStatistics | undefined): DebtorFigures =>
  statistics
    ? {
        smeSuppliers: statistics.suppliers,
        confirmedCount: statistics.confirmedCount,
        confirmedAmount: statistics.confirmedAmount,
        confirmationMillis: statistics.confirmationMillis,
        maxDaysOverdue: statistics.maxDaysOverdue,
      }
    : NO_FIGURES;

/**
 * The fiscal reward evaluation of a year: every core enterprise connected for the year judged on the
 * year's real receivables by the policy version in force, each criterion explained. Requested by the
 * region; run from the outbox after the request commits (at least once, effects exactly once).
 */
@Injectable()
export class RewardEvaluationsService {
  private readonly logger = new Logger(RewardEvaluationsService.name);

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly evaluations: RewardEvaluationsRepository,
    private readonly policies: RewardPoliciesService,
    private readonly onboarding: OnboardingService,
    private readonly receivables: ReceivableStatisticsService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
  ) {}

  @Transactional()
  async request(principal: Principal, year: number): Promise<RewardEvaluationEntity> {
    if (!hasBegun(year, shanghaiDate())) {
      throw ruleViolation('YEAR_NOT_STARTED', `${year} has not begun: there is nothing to evaluate yet`);
    }
    const actor = actorOf(principal);
    const policy = await this.policies.lockForEvaluation(year, actor);
    const evaluation = Object.assign(new RewardEvaluationEntity(), {
      id: randomUUID(),
      year,
      status: 'QUEUED',
      policyId: policy.id,
      policyVersion: policy.version,
      asOf: null,
      requestedById: actor.id,
      requestedByName: actor.name,
      createdAt: new Date(),
      finishedAt: null,
      failure: null,
      enterpriseCount: null,
      eligibleCount: null,
      totalReward: null,
    } satisfies RewardEvaluationEntity);
    if (!(await this.evaluations.insert(evaluation))) {
      throw conflict('EVALUATION_IN_PROGRESS', `An evaluation of ${year} is already waiting to run`);
    }
    await this.record(REWARD_EVENTS.evaluationRequested, actor, null, evaluation);
    const payload: EvaluationRequestedPayload = { evaluationId: evaluation.id, year, policyVersion: policy.version };
    await this.publish(REWARD_EVENTS.evaluationRequested, evaluation.id, payload);
    return evaluation;
  }

  /**
   * Runs a queued evaluation, inside the event handler's transaction. A failure is recorded as a
   * FAILED evaluation (its partial work rolled back to a savepoint) rather than retried forever.
   */
  async run(evaluationId: string): Promise<void> {
    const evaluation = await this.evaluations.findQueuedForUpdate(evaluationId);
    if (!evaluation) return;
    try {
      await this.txHost.withTransaction(Propagation.Nested, () => this.evaluate(evaluation));
    } catch (error) {
      this.logger.error({ err: error, evaluationId }, 'reward evaluation failed');
      await this.fail(evaluation, 'An unexpected error stopped the evaluation; it has been logged. Start it again.');
    }
  }

  async get(principal: Principal, id: string): Promise<EvaluationReport> {
    const evaluation = await this.evaluations.findVisible(id, principal);
    if (!evaluation) throw notFound('The reward evaluation');
    return this.report(principal, evaluation);
  }

  list(principal: Principal, filter: { year?: number }, page: PageQuery): Promise<Page<RewardEvaluationEntity>> {
    return this.evaluations.page(principal, filter, page);
  }

  /** A core enterprise's own result in the newest finished evaluation of the year. */
  async mine(principal: Principal, year: number): Promise<EvaluationReport> {
    const evaluation = principal.enterpriseId
      ? await this.evaluations.latestDoneWith(principal.enterpriseId, year)
      : null;
    if (!evaluation) throw notFound(`A finished ${year} reward evaluation of your enterprise`);
    return this.report(principal, evaluation);
  }

  private async report(principal: Principal, evaluation: RewardEvaluationEntity): Promise<EvaluationReport> {
    const policy = await this.policies.byId(evaluation.policyId);
    if (!policy) throw new Error(`Reward policy ${evaluation.policyId} of evaluation ${evaluation.id} is missing`);
    return { evaluation, policy, results: await this.evaluations.resultsOf(evaluation.id, principal) };
  }

  private async evaluate(evaluation: RewardEvaluationEntity): Promise<void> {
    const policy = await this.policies.byId(evaluation.policyId);
    if (!policy) throw new Error(`Reward policy ${evaluation.policyId} is missing`);
    const asOf = evaluationDay(evaluation.year, shanghaiDate());
    const connected = await this.onboarding.connectedIn(evaluation.year);
    const statistics = await this.receivables.debtorYear(
      connected.map((c) => c.enterpriseId),
      evaluation.year,
      asOf,
    );
    const results = connected.map((enterprise) => {
      const figures = figuresOf(statistics.get(enterprise.enterpriseId));
      const { connectedOn } = enterprise;
      const outcome = evaluateEnterprise(policy, { year: evaluation.year, asOf, connectedOn, figures });
      return Object.assign(new RewardResultEntity(), {
        evaluationId: evaluation.id,
        enterpriseId: enterprise.enterpriseId,
        enterpriseName: enterprise.enterpriseName,
        enterpriseUscc: enterprise.enterpriseUscc,
        cityCode: enterprise.cityCode,
        applicationId: enterprise.applicationId,
        platformAccountId: enterprise.platformAccountId,
        connectedOn,
        eligible: outcome.eligible,
        rewardAmount: outcome.rewardAmount.toString(),
        rewardExplanation: outcome.rewardExplanation,
        criteria: outcome.criteria,
        missing: outcome.missing,
      } satisfies RewardResultEntity);
    });
    await this.evaluations.insertResults(results);
    const before = { ...evaluation };
    Object.assign(evaluation, {
      status: 'DONE',
      asOf,
      finishedAt: new Date(),
      enterpriseCount: results.length,
      eligibleCount: results.filter((r) => r.eligible).length,
      totalReward: Money.sum(results.map((r) => Money.parse(r.rewardAmount))).toString(),
    });
    await this.evaluations.update(evaluation);
    const cities = results.map((r) => r.cityCode);
    await this.record(REWARD_EVENTS.evaluationCompleted, SYSTEM_ACTOR, before, evaluation, cities);
    const payload: EvaluationCompletedPayload = {
      evaluationId: evaluation.id,
      year: evaluation.year,
      policyVersion: evaluation.policyVersion,
      asOf,
      results: results.map((r) => ({
        enterpriseId: r.enterpriseId,
        enterpriseName: r.enterpriseName,
        eligible: r.eligible,
        rewardAmount: r.rewardAmount,
        missing: r.missing,
        missingKeys: r.criteria.filter((c) => !c.passed).map((c) => c.key),
      })),
    };
    await this.publish(REWARD_EVENTS.evaluationCompleted, evaluation.id, payload);
  }

  private async fail(evaluation: RewardEvaluationEntity, message: string): Promise<void> {
    const before = { ...evaluation };
    Object.assign(evaluation, { status: 'FAILED', failure: message, finishedAt: new Date() });
    await this.evaluations.update(evaluation);
    await this.record(REWARD_EVENTS.evaluationFailed, SYSTEM_ACTOR, before, evaluation);
    await this.publish(REWARD_EVENTS.evaluationFailed, evaluation.id, {
      evaluationId: evaluation.id,
      year: evaluation.year,
      policyVersion: evaluation.policyVersion,
    });
  }

  private async record(
    action: string,
    actor: Actor,
    before: RewardEvaluationEntity | null,
    after: RewardEvaluationEntity,
    cities: string[] = [],
  ): Promise<void> {
    await this.audit.record({
      entityType: 'reward_evaluation',
      entityId: after.id,
      action,
      actor,
      jurisdictions: [REGION_CODE, ...cities],
      before,
      after,
    });
  }

  private async publish(type: string, evaluationId: string, payload: object): Promise<void> {
    await this.outbox.publish({ type, aggregateType: 'reward_evaluation', aggregateId: evaluationId, payload });
  }
}

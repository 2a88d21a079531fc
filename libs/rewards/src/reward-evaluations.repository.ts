import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { REGION_CODE, paginate, violatedConstraint, type Page, type PageQuery, type Principal } from '@gqt/platform';
import type { SelectQueryBuilder } from 'typeorm';
import { RewardEvaluationEntity } from './reward-evaluation.entity';
import { RewardResultEntity } from './reward-result.entity';

/** Which results a caller may read: all, a city's, or one enterprise's own. */
type ResultScope = { all: true } | { cityCode: string } | { enterpriseId: string } | { none: true };

function resultScope(principal: Principal): ResultScope {
  if (principal.role === 'ADMIN' || (principal.role === 'REGULATOR' && principal.jurisdiction === REGION_CODE)) {
    return { all: true };
  }
  if (principal.role === 'REGULATOR' && principal.jurisdiction) return { cityCode: principal.jurisdiction };
  if (principal.role === 'CORE_ENTERPRISE' && principal.enterpriseId) return { enterpriseId: principal.enterpriseId };
  return { none: true };
}

@Injectable()
export class RewardEvaluationsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get evaluations() {
    return this.txHost.tx.getRepository(RewardEvaluationEntity);
  }

  private get results() {
    return this.txHost.tx.getRepository(RewardResultEntity);
  }

  /** Inserts a queued evaluation; false when one of the year is already queued. */
  async insert(evaluation: RewardEvaluationEntity): Promise<boolean> {
    return (await violatedConstraint(this.txHost.tx, () => this.evaluations.insert(evaluation))) === null;
  }

  findQueuedForUpdate(id: string): Promise<RewardEvaluationEntity | null> {
    return this.evaluations
      .createQueryBuilder('e')
      .where("e.id = :id AND e.status = 'QUEUED'", { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async update(evaluation: RewardEvaluationEntity): Promise<void> {
    await this.evaluations.save(evaluation);
  }

  async insertResults(results: RewardResultEntity[]): Promise<void> {
    if (results.length > 0) await this.results.insert(results);
  }

  findVisible(id: string, principal: Principal): Promise<RewardEvaluationEntity | null> {
    return this.visibleTo(principal).andWhere('e.id = :id', { id }).getOne();
  }

  page(principal: Principal, filter: { year?: number }, page: PageQuery): Promise<Page<RewardEvaluationEntity>> {
    const query = this.visibleTo(principal);
    if (filter.year !== undefined) query.andWhere('e.year = :year', { year: filter.year });
    return paginate(query, page);
  }

  /** The results of an evaluation the caller may read, by city and name. */
  resultsOf(evaluationId: string, principal: Principal): Promise<RewardResultEntity[]> {
    const query = this.results
      .createQueryBuilder('r')
      .where('r.evaluationId = :evaluationId', { evaluationId })
      .orderBy('r.cityCode')
      .addOrderBy('r.enterpriseName');
    const scope = resultScope(principal);
    if ('cityCode' in scope) query.andWhere('r.cityCode = :cityCode', scope);
    if ('enterpriseId' in scope) query.andWhere('r.enterpriseId = :enterpriseId', scope);
    if ('none' in scope) query.andWhere('false');
    return query.getMany();
  }

  /** The newest finished evaluation of the year that judged this enterprise. */
  latestDoneWith(enterpriseId: string, year: number): Promise<RewardEvaluationEntity | null> {
    return this.evaluations
      .createQueryBuilder('e')
      .where("e.year = :year AND e.status = 'DONE'", { year })
      .andWhere(
        'EXISTS (SELECT 1 FROM reward_evaluation_results r WHERE r.evaluation_id = e.id AND r.enterprise_id = :enterpriseId)',
        { enterpriseId },
      )
      .orderBy('e.createdAt', 'DESC')
      .limit(1)
      .getOne();
  }

  /**
   * Tenancy in the query: regulators and operators see every evaluation (a city regulator only its
   * city's results); a core enterprise sees the evaluations that judged it.
   */
  private visibleTo(principal: Principal): SelectQueryBuilder<RewardEvaluationEntity> {
    const query = this.evaluations.createQueryBuilder('e');
    const scope = resultScope(principal);
    if ('enterpriseId' in scope) {
      query.where(
        'EXISTS (SELECT 1 FROM reward_evaluation_results r WHERE r.evaluation_id = e.id AND r.enterprise_id = :enterpriseId)',
        scope,
      );
    }
    if ('none' in scope) query.where('false');
    return query;
  }
}

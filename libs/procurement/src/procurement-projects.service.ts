import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { Money, forbidden, notFound } from '@gqt/kernel';
import { EnterprisesService, isPurchaser, type EnterpriseEntity } from '@gqt/enterprises';
import { AuditService, Outbox, actorOf, type Page, type PageQuery, type Principal } from '@gqt/platform';
import { randomUUID } from 'node:crypto';
import type { PolicyTerms, ProjectCategory } from './domain/policy';
import { checkProject, projectFlags, type ProjectFlag, type Reservation } from './domain/project';
import { ProcurementAwardsRepository } from './procurement-awards.repository';
import { ProcurementPoliciesService } from './procurement-policies.service';
import { ProcurementProjectEntity } from './procurement-project.entity';
import { ProcurementProjectsRepository, type ProjectFilter } from './procurement-projects.repository';
import { ProcurementScopes, type ProcurementScope } from './procurement-scope';
import { PROCUREMENT_EVENTS, type ProjectDeclaredPayload } from './procurement.events';
import type { ProjectDetails } from './procurement-details';

export interface NewProject {
  year: number;
  /** A subordinate unit the caller's competent unit declares for; the caller's own unit by default. */
  unitId?: string;
  name: string;
  category: ProjectCategory;
  budgetAmount: string;
  reservation: Reservation;
  reservedAmount: string;
  smallMicroReservedAmount: string;
  reason?: string;
}

const flagsOf = (project: ProcurementProjectEntity, policy: PolicyTerms): ProjectFlag[] =>
  projectFlags(
    { category: project.category, budget: Money.parse(project.budgetAmount), reservation: project.reservation },
    policy,
  );

/** Purchasing units declare each year's projects with what they reserve for SMEs. */
@Injectable()
export class ProcurementProjectsService {
  constructor(
    private readonly projects: ProcurementProjectsRepository,
    private readonly awards: ProcurementAwardsRepository,
    private readonly policies: ProcurementPoliciesService,
    private readonly scopes: ProcurementScopes,
    private readonly enterprises: EnterprisesService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
  ) {}

  /**
   * A purchaser declares a project of its unit, or of a unit below it. A small project not reserved
   * whole is accepted and flagged (SMALL_PROJECT_NOT_RESERVED).
   */
  @Transactional()
  async declare(principal: Principal, input: NewProject): Promise<ProjectDetails> {
    const unit = await this.unitFor(principal, input.unitId);
    const terms = {
      category: input.category,
      budget: Money.parse(input.budgetAmount),
      reservation: input.reservation,
      reserved: Money.parse(input.reservedAmount),
      smallMicroReserved: Money.parse(input.smallMicroReservedAmount),
      reason: input.reason ?? null,
    };
    checkProject(terms);
    const now = new Date();
    const project = Object.assign(new ProcurementProjectEntity(), {
      id: randomUUID(),
      year: input.year,
      unitId: unit.id,
      unitCityCode: unit.cityCode,
      name: input.name,
      category: terms.category,
      budgetAmount: terms.budget.toString(),
      reservation: terms.reservation,
      reservedAmount: terms.reserved.toString(),
      smallMicroReservedAmount: terms.smallMicroReserved.toString(),
      reason: terms.reason,
      awardedAmount: '0.00',
      createdBy: principal.type === 'user' ? principal.id : null,
      createdAt: now,
      updatedAt: now,
    } satisfies Omit<ProcurementProjectEntity, 'unit'>);
    await this.projects.insert(project);
    await this.audit.record({
      entityType: 'procurement_project',
      entityId: project.id,
      action: PROCUREMENT_EVENTS.projectDeclared,
      actor: actorOf(principal),
      jurisdictions: [unit.cityCode],
      after: project,
    });
    await this.outbox.publish({
      type: PROCUREMENT_EVENTS.projectDeclared,
      aggregateType: 'procurement_project',
      aggregateId: project.id,
      payload: {
        projectId: project.id,
        year: project.year,
        unitId: unit.id,
        budgetAmount: project.budgetAmount,
        reservedAmount: project.reservedAmount,
        smallMicroReservedAmount: project.smallMicroReservedAmount,
      } satisfies ProjectDeclaredPayload,
    });
    const policy = await this.policies.terms(project.year);
    return { project: Object.assign(project, { unit }), flags: flagsOf(project, policy), awards: [] };
  }

  /** A project with its awards, for whoever may see it (404 otherwise). */
  async get(principal: Principal, id: string): Promise<ProjectDetails> {
    const project = await this.projects.findVisible(id, await this.scopes.of(principal));
    if (!project) throw notFound('The procurement project');
    const awards = await this.awards.ofProject(id);
    const acceptances = await this.awards.acceptancesOf(awards.map((a) => a.id));
    return {
      project,
      flags: flagsOf(project, await this.policies.terms(project.year)),
      awards: awards.map((award) => ({ award, acceptances: acceptances.get(award.id) ?? [] })),
    };
  }

  async list(principal: Principal, filter: ProjectFilter, page: PageQuery): Promise<Page<ProjectDetails>> {
    const found = await this.projects.page(await this.scopes.of(principal), filter, page);
    const policies = new Map<number, PolicyTerms>();
    for (const year of new Set(found.items.map((p) => p.year))) policies.set(year, await this.policies.terms(year));
    return {
      items: found.items.map((project) => ({ project, flags: flagsOf(project, policies.get(project.year)!) })),
      nextCursor: found.nextCursor,
    };
  }

  /** The caller's unit, or one below it; any other unit does not exist for the caller. */
  private async unitFor(principal: Principal, unitId: string | undefined): Promise<EnterpriseEntity> {
    const scope: ProcurementScope = await this.scopes.of(principal);
    if (scope.kind !== 'UNITS') throw forbidden('Only a purchasing unit declares procurement projects');
    const id = unitId ?? scope.ownUnitId;
    const unit = scope.unitIds.includes(id) ? await this.enterprises.findById(id) : null;
    if (!unit) throw notFound('The purchasing unit');
    if (!isPurchaser(unit)) throw forbidden('Only a state organ or public institution declares procurement projects');
    return unit;
  }
}

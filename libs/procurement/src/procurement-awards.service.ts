import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { Money, conflict, forbidden, notFound, ruleViolation, shanghaiDate, type BusinessDate } from '@gqt/kernel';
import { EnterprisesService, assertValidUscc } from '@gqt/enterprises';
import { AuditService, Outbox, actorOf, type Page, type PageQuery, type Principal } from '@gqt/platform';
import { randomUUID } from 'node:crypto';
import { assertWithinBudget, checkAward } from './domain/award';
import { ProcurementAwardEntity } from './procurement-award.entity';
import { CONTRACT_KEY, ProcurementAwardsRepository, type AwardFilter } from './procurement-awards.repository';
import type { AwardDetails } from './procurement-details';
import { ProcurementNotifications } from './procurement-notifications';
import { ProcurementProjectsRepository } from './procurement-projects.repository';
import { ProcurementScopes } from './procurement-scope';
import { PROCUREMENT_EVENTS, type AwardPayload } from './procurement.events';

export interface NewAward {
  supplierUscc: string;
  contractNo: string;
  amount: string;
  signedOn: BusinessDate;
  smeShareAmount?: string;
  smallMicroShareAmount?: string;
}

export const awardPayload = (award: ProcurementAwardEntity): AwardPayload => ({
  awardId: award.id,
  projectId: award.projectId,
  unitId: award.unitId,
  supplierId: award.supplierId,
  contractNo: award.contractNo,
  amount: award.amount,
  financingRequestId: award.financingRequestId,
});

/** Contracts awarded under a project: who won, for how much, and its size class on the day. */
@Injectable()
export class ProcurementAwardsService {
  constructor(
    private readonly awards: ProcurementAwardsRepository,
    private readonly projects: ProcurementProjectsRepository,
    private readonly scopes: ProcurementScopes,
    private readonly enterprises: EnterprisesService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly notifications: ProcurementNotifications,
  ) {}

  /**
   * The purchaser records a contract awarded under one of its projects. The supplier's size class
   * is read from the registry now and frozen on the award (the class at signing counts, 2011
   * standard). The project's row is locked, so simultaneous awards never exceed its budget.
   */
  @Transactional()
  async award(principal: Principal, projectId: string, input: NewAward): Promise<AwardDetails> {
    const scope = await this.scopes.of(principal);
    if (scope.kind !== 'UNITS') throw forbidden('Only a purchasing unit awards contracts');
    const project = await this.projects.lockVisible(projectId, scope);
    if (!project) throw notFound('The procurement project');
    assertValidUscc(input.supplierUscc, 'supplierUscc');
    const supplier = await this.enterprises.findByUscc(input.supplierUscc);
    if (!supplier) {
      throw ruleViolation(
        'SUPPLIER_NOT_REGISTERED',
        `No enterprise with credit code ${input.supplierUscc} is registered`,
      );
    }
    if (supplier.id === project.unitId) throw ruleViolation('SELF_DEALING', 'A unit cannot award a contract to itself');
    const figures = checkAward(
      {
        amount: Money.parse(input.amount),
        signedOn: input.signedOn,
        smeShare: input.smeShareAmount === undefined ? undefined : Money.parse(input.smeShareAmount),
        smallMicroShare:
          input.smallMicroShareAmount === undefined ? undefined : Money.parse(input.smallMicroShareAmount),
      },
      supplier.sizeClass,
      shanghaiDate(),
    );
    const awardedBefore = Money.parse(project.awardedAmount);
    assertWithinBudget(awardedBefore, figures.amount, Money.parse(project.budgetAmount));
    const now = new Date();
    const award = Object.assign(new ProcurementAwardEntity(), {
      id: randomUUID(),
      projectId: project.id,
      unitId: project.unitId,
      unitCityCode: project.unitCityCode,
      supplierId: supplier.id,
      supplierSizeClass: figures.sizeClass,
      contractNo: input.contractNo,
      amount: figures.amount.toString(),
      signedOn: input.signedOn,
      smeShareAmount: figures.smeShare.toString(),
      smallMicroShareAmount: figures.smallMicroShare.toString(),
      acceptedAmount: '0.00',
      financingRequestId: null,
      financingBankId: null,
      pledge: null,
      createdBy: principal.type === 'user' ? principal.id : null,
      createdAt: now,
      updatedAt: now,
    } satisfies Omit<ProcurementAwardEntity, 'project' | 'unit' | 'supplier'>);
    if ((await this.awards.insert(award)) === CONTRACT_KEY) {
      throw conflict('CONTRACT_ALREADY_AWARDED', `The unit already recorded contract ${input.contractNo}`);
    }
    const awardedAmount = awardedBefore.plus(figures.amount).toString();
    await this.projects.update(project.id, { awardedAmount, updatedAt: now });
    await this.audit.record({
      entityType: 'procurement_award',
      entityId: award.id,
      action: PROCUREMENT_EVENTS.awardSigned,
      actor: actorOf(principal),
      jurisdictions: [award.unitCityCode, supplier.cityCode],
      after: { ...award, projectAwardedAmount: awardedAmount },
    });
    await this.outbox.publish({
      type: PROCUREMENT_EVENTS.awardSigned,
      aggregateType: 'procurement_award',
      aggregateId: award.id,
      payload: awardPayload(award),
    });
    await this.notifications.awarded(award, project.unit!.name);
    return { award: Object.assign(award, { project, unit: project.unit, supplier }), acceptances: [] };
  }

  async get(principal: Principal, id: string): Promise<AwardDetails> {
    const award = await this.awards.findVisible(id, await this.scopes.of(principal));
    if (!award) throw notFound('The procurement award');
    const acceptances = await this.awards.acceptancesOf([id]);
    return { award, acceptances: acceptances.get(id) ?? [] };
  }

  async list(principal: Principal, filter: AwardFilter, page: PageQuery): Promise<Page<AwardDetails>> {
    const found = await this.awards.page(await this.scopes.of(principal), filter, page);
    const acceptances = await this.awards.acceptancesOf(found.items.map((a) => a.id));
    return {
      items: found.items.map((award) => ({ award, acceptances: acceptances.get(award.id) ?? [] })),
      nextCursor: found.nextCursor,
    };
  }
}

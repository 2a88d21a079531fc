import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { Money, conflict, invalid, notFound } from '@gqt/kernel';
import { AuditService, Outbox, actorOf, type Actor, type Page, type PageQuery, type Principal } from '@gqt/platform';
import { randomUUID } from 'node:crypto';
import { CityEntity } from './city.entity';
import {
  DEFAULT_FINANCING_RATIO,
  sizeClassFor,
  validFinancingRatio,
  validateNewEnterprise,
  type EnterpriseKind,
  type Ownership,
} from './domain/enterprise';
import type { Industry } from './domain/size-class';
import { EnterpriseEntity } from './enterprise.entity';
import { assertParentAllowed, isPurchaser } from './domain/purchaser';
import { ENTERPRISE_EVENTS, type EnterpriseRegisteredPayload } from './enterprise.events';
import { EnterprisesRepository, type EnterpriseFilter, type PurchasingUnit } from './enterprises.repository';

export interface NewEnterprise {
  name: string;
  uscc: string;
  kind: EnterpriseKind;
  cityCode: string;
  industry: Industry;
  employees: number;
  annualRevenue: string;
  totalAssets?: string;
  ownership?: Ownership;
  /** Purchasers only: the competent budget unit above this one. */
  parentId?: string;
}

export type EnterprisePatch = Partial<Omit<NewEnterprise, 'uscc' | 'kind' | 'parentId'>> & {
  financingRatio?: string;
  /** A purchaser's new competent unit; null detaches it. */
  parentId?: string | null;
};

@Injectable()
export class EnterprisesService {
  constructor(
    private readonly enterprises: EnterprisesRepository,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
  ) {}

  cities(): Promise<CityEntity[]> {
    return this.enterprises.cities();
  }

  async isCity(code: string): Promise<boolean> {
    return this.enterprises.cityExists(code);
  }

  /** Registers an enterprise (ADMIN or region regulator, or an SME signing itself up). */
  @Transactional()
  async register(input: NewEnterprise, actor: Actor): Promise<EnterpriseEntity> {
    const sizeClass = validateNewEnterprise(input.uscc, {
      kind: input.kind,
      industry: input.industry,
      employees: input.employees,
      annualRevenue: Money.parse(input.annualRevenue),
      totalAssets: input.totalAssets === undefined ? undefined : Money.parse(input.totalAssets),
    });
    await this.assertCity(input.cityCode);
    if (input.parentId !== undefined) {
      const parent = await this.enterprises.findById(input.parentId);
      assertParentAllowed({ id: '', kind: input.kind, ownership: input.ownership ?? null }, parent, []);
    }
    const now = new Date();
    const enterprise = Object.assign(new EnterpriseEntity(), {
      id: randomUUID(),
      name: input.name,
      uscc: input.uscc,
      kind: input.kind,
      cityCode: input.cityCode,
      industry: input.industry,
      employees: input.employees,
      annualRevenue: Money.parse(input.annualRevenue).toString(),
      totalAssets: input.totalAssets === undefined ? null : Money.parse(input.totalAssets).toString(),
      ownership: input.ownership ?? null,
      sizeClass,
      financingRatio: input.kind === 'BANK' ? DEFAULT_FINANCING_RATIO : null,
      parentId: input.parentId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    if (!(await this.enterprises.insert(enterprise))) {
      throw conflict('ENTERPRISE_EXISTS', `An enterprise with credit code ${input.uscc} is already registered`);
    }
    await this.audit.record({
      entityType: 'enterprise',
      entityId: enterprise.id,
      action: 'enterprise.registered',
      actor,
      jurisdictions: [enterprise.cityCode],
      after: enterprise,
    });
    await this.outbox.publish({
      type: ENTERPRISE_EVENTS.registered,
      aggregateType: 'enterprise',
      aggregateId: enterprise.id,
      payload: {
        enterpriseId: enterprise.id,
        name: enterprise.name,
        kind: enterprise.kind,
        cityCode: enterprise.cityCode,
      } satisfies EnterpriseRegisteredPayload,
    });
    return enterprise;
  }

  @Transactional()
  async update(principal: Principal, id: string, patch: EnterprisePatch): Promise<EnterpriseEntity> {
    if (patch.parentId !== undefined) await this.enterprises.lockUnitTree();
    const enterprise = await this.enterprises.findByIdForUpdate(id);
    if (!enterprise) throw notFound('The enterprise');
    const before = { ...enterprise };
    if (patch.cityCode !== undefined) await this.assertCity(patch.cityCode);
    const updated = Object.assign(enterprise, {
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.cityCode !== undefined && { cityCode: patch.cityCode }),
      ...(patch.industry !== undefined && { industry: patch.industry }),
      ...(patch.employees !== undefined && { employees: patch.employees }),
      ...(patch.annualRevenue !== undefined && { annualRevenue: Money.parse(patch.annualRevenue).toString() }),
      ...(patch.totalAssets !== undefined && { totalAssets: Money.parse(patch.totalAssets).toString() }),
      ...(patch.ownership !== undefined && { ownership: patch.ownership }),
      ...(patch.financingRatio !== undefined && {
        financingRatio: validFinancingRatio(enterprise.kind, patch.financingRatio),
      }),
      ...(patch.parentId !== undefined && { parentId: patch.parentId }),
      updatedAt: new Date(),
    });
    await this.assertUnitTree(updated, patch);
    updated.sizeClass = sizeClassFor({
      kind: updated.kind,
      industry: updated.industry,
      employees: updated.employees,
      annualRevenue: Money.parse(updated.annualRevenue),
      totalAssets: updated.totalAssets === null ? undefined : Money.parse(updated.totalAssets),
    });
    await this.enterprises.update(updated);
    await this.audit.record({
      entityType: 'enterprise',
      entityId: id,
      action: 'enterprise.updated',
      actor: actorOf(principal),
      jurisdictions: [before.cityCode, updated.cityCode],
      before,
      after: updated,
    });
    await this.outbox.publish({
      type: ENTERPRISE_EVENTS.updated,
      aggregateType: 'enterprise',
      aggregateId: id,
      payload: { enterpriseId: id },
    });
    return updated;
  }

  async get(principal: Principal, id: string): Promise<EnterpriseEntity> {
    const enterprise = await this.enterprises.findVisible(id, principal);
    if (!enterprise) throw notFound('The enterprise');
    return enterprise;
  }

  list(principal: Principal, filter: EnterpriseFilter, page: PageQuery): Promise<Page<EnterpriseEntity>> {
    return this.enterprises.page(principal, filter, page);
  }

  /** For other contexts: an enterprise by id, without tenancy (they apply their own). */
  findById(id: string): Promise<EnterpriseEntity | null> {
    return this.enterprises.findById(id);
  }

  findByUscc(uscc: string): Promise<EnterpriseEntity | null> {
    return this.enterprises.findByUscc(uscc);
  }

  /** For other contexts: the names of these enterprises, by id (one query for a page of rows). */
  async namesOf(ids: string[]): Promise<Map<string, string>> {
    const found = await this.enterprises.findByIds([...new Set(ids)]);
    return new Map(found.map((e) => [e.id, e.name]));
  }

  /** For procurement: the unit and every unit below it (a competent unit answers for them all). */
  subtreeOf(unitId: string): Promise<string[]> {
    return this.enterprises.subtreeIds(unitId);
  }

  /** For procurement: every purchasing unit with its parent, to roll subordinates up. */
  purchasingUnits(): Promise<PurchasingUnit[]> {
    return this.enterprises.purchasingUnits();
  }

  /** A purchaser's parent is another purchaser above it, never below; a unit with subordinates stays a purchaser. */
  private async assertUnitTree(updated: EnterpriseEntity, patch: EnterprisePatch): Promise<void> {
    if (updated.parentId !== null && (patch.parentId !== undefined || patch.ownership !== undefined)) {
      const parent = await this.enterprises.findById(updated.parentId);
      const ancestors = parent ? await this.enterprises.ancestorIds(parent.id) : [];
      assertParentAllowed(updated, parent, ancestors);
    }
    if (
      patch.ownership !== undefined &&
      !isPurchaser(updated) &&
      (await this.enterprises.hasSubordinates(updated.id))
    ) {
      throw invalid(
        'VALIDATION_FAILED',
        'A competent unit with subordinate units stays a state organ or public institution',
        [
          {
            field: 'ownership',
            message: 'must stay STATE_ORGAN or PUBLIC_INSTITUTION while the unit has subordinates',
          },
        ],
      );
    }
  }

  private async assertCity(cityCode: string): Promise<void> {
    if (!(await this.enterprises.cityExists(cityCode))) {
      throw invalid('VALIDATION_FAILED', `${cityCode} is not one of Guangxi's prefecture-level cities`, [
        { field: 'cityCode', message: 'cityCode must be the 6-digit code of a Guangxi city (GET /cities)' },
      ]);
    }
  }
}

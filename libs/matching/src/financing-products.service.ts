import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import type { KeyListLevel, ProductKind } from '@gqt/contracts';
import { forbidden, invalidState, notFound, shanghaiDate, yearOf } from '@gqt/kernel';
import { EnterprisesService } from '@gqt/enterprises';
import { AuditService, Outbox, actorOf, type Page, type PageQuery, type Principal } from '@gqt/platform';
import { randomUUID } from 'node:crypto';
import { isEligible, type Eligibility } from './domain/eligibility';
import { assertProductTerms, canonical } from './domain/product-rules';
import { FinancingProductEntity } from './financing-product.entity';
import { FinancingProductsRepository } from './financing-products.repository';
import { KeyListsRepository } from './key-lists.repository';

export interface ProductEligibility {
  sizeClasses?: string[];
  industries?: string[];
  cityCodes?: string[];
  keyListLevels?: KeyListLevel[];
}

export interface NewFinancingProduct {
  name: string;
  kind: ProductKind;
  minAmount: string;
  maxAmount: string;
  annualRateFrom: string;
  annualRateTo: string;
  maxTermDays: number;
  eligibility: ProductEligibility;
  description: string;
}

export interface FinancingProductView {
  id: string;
  bankId: string;
  bank: { id: string; name: string };
  name: string;
  kind: ProductKind;
  minAmount: string;
  maxAmount: string;
  annualRateFrom: string;
  annualRateTo: string;
  maxTermDays: number;
  eligibility: Required<ProductEligibility>;
  description: string;
  status: FinancingProductEntity['status'];
  createdAt: Date;
  updatedAt: Date;
}

export interface ProductQuery {
  kind?: ProductKind;
  cityCode?: string;
  bankId?: string;
  eligible?: boolean;
}

const ENTITY = 'financing_product';

/** Banks' financing products (seed item 14), and which of them an enterprise qualifies for. */
@Injectable()
export class FinancingProductsService {
  constructor(
    private readonly products: FinancingProductsRepository,
    private readonly keyLists: KeyListsRepository,
    private readonly enterprises: EnterprisesService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
  ) {}

  @Transactional()
  async publish(principal: Principal, input: NewFinancingProduct): Promise<FinancingProductView> {
    const bankId = this.bankOf(principal);
    assertProductTerms(input);
    const now = new Date();
    const product = Object.assign(new FinancingProductEntity(), {
      id: randomUUID(),
      bankId,
      status: 'ACTIVE',
      createdAt: now,
      updatedAt: now,
      ...fieldsOf(input),
    } as FinancingProductEntity);
    await this.products.insert(product);
    return this.changed(principal, 'financing_product.published', null, product);
  }

  @Transactional()
  async update(principal: Principal, id: string, patch: Partial<NewFinancingProduct>): Promise<FinancingProductView> {
    const product = await this.products.lockOfBank(id, this.bankOf(principal));
    if (!product) throw notFound('The financing product');
    if (product.status === 'RETIRED') throw invalidState('A retired product cannot change');
    const before = { ...product };
    const current = toInput(product);
    const next: NewFinancingProduct = {
      ...current,
      ...patch,
      eligibility: patch.eligibility ? { ...current.eligibility, ...patch.eligibility } : current.eligibility,
    };
    assertProductTerms(next);
    Object.assign(product, fieldsOf(next), { updatedAt: new Date() });
    await this.products.save(product);
    return this.changed(principal, 'financing_product.updated', before, product);
  }

  @Transactional()
  async retire(principal: Principal, id: string): Promise<FinancingProductView> {
    const product = await this.products.lockOfBank(id, this.bankOf(principal));
    if (!product) throw notFound('The financing product');
    if (product.status === 'RETIRED') throw invalidState('The product is retired already');
    const before = { ...product };
    Object.assign(product, { status: 'RETIRED', updatedAt: new Date() });
    await this.products.save(product);
    return this.changed(principal, 'financing_product.retired', before, product);
  }

  async get(principal: Principal, id: string): Promise<FinancingProductView> {
    const product = await this.products.findById(id);
    if (!product || (product.status === 'RETIRED' && product.bankId !== principal.enterpriseId)) {
      throw notFound('The financing product');
    }
    return (await this.views([product]))[0];
  }

  /** Active products (a bank also its own retired ones); `eligible` keeps what the caller's enterprise qualifies for. */
  async list(principal: Principal, query: ProductQuery, page: PageQuery): Promise<Page<FinancingProductView>> {
    let eligibleFor;
    if (query.eligible) {
      const enterprise = principal.enterpriseId ? await this.enterprises.findById(principal.enterpriseId) : null;
      if (!enterprise) return { items: [], nextCursor: null };
      eligibleFor = {
        sizeClass: enterprise.sizeClass,
        industry: enterprise.industry,
        cityCode: enterprise.cityCode,
        keyListLevels: await this.keyLists.levelsOf(enterprise.id, yearOf(shanghaiDate())),
      };
    }
    const found = await this.products.page(
      {
        kind: query.kind,
        cityCode: query.cityCode,
        bankId: query.bankId,
        ownerBankId: principal.role === 'BANK' ? (principal.enterpriseId ?? undefined) : undefined,
        eligibleFor,
      },
      page,
    );
    return { items: await this.views(found.items), nextCursor: found.nextCursor };
  }

  /** A bank's active product, for an offer made under it (null when it is not one). */
  async activeOfBank(productId: string, bankId: string): Promise<FinancingProductView | null> {
    const product = await this.products.findById(productId);
    if (!product || product.bankId !== bankId || product.status !== 'ACTIVE') return null;
    return (await this.views([product]))[0];
  }

  /** Whether an enterprise qualifies for a product today (pure rules over its class, industry, city and lists). */
  async qualifies(product: FinancingProductView, enterpriseId: string): Promise<boolean> {
    const enterprise = await this.enterprises.findById(enterpriseId);
    if (!enterprise) return false;
    const rules: Eligibility = product.eligibility;
    return isEligible(rules, {
      sizeClass: enterprise.sizeClass,
      industry: enterprise.industry,
      cityCode: enterprise.cityCode,
      keyListLevels: await this.keyLists.levelsOf(enterpriseId, yearOf(shanghaiDate())),
    });
  }

  private bankOf(principal: Principal): string {
    if (principal.role !== 'BANK' || !principal.enterpriseId) throw forbidden('Only banks publish financing products');
    return principal.enterpriseId;
  }

  private async changed(
    principal: Principal,
    action: string,
    before: FinancingProductEntity | null,
    product: FinancingProductEntity,
  ): Promise<FinancingProductView> {
    const [view] = await this.views([product]);
    await this.audit.record({
      entityType: ENTITY,
      entityId: product.id,
      action,
      actor: actorOf(principal),
      before,
      after: product,
    });
    await this.outbox.publish({ type: action, aggregateType: ENTITY, aggregateId: product.id, payload: view });
    return view;
  }

  private async views(products: FinancingProductEntity[]): Promise<FinancingProductView[]> {
    const names = await this.enterprises.namesOf(products.map((p) => p.bankId));
    return products.map((p) => ({
      id: p.id,
      bankId: p.bankId,
      bank: { id: p.bankId, name: names.get(p.bankId) ?? '' },
      name: p.name,
      kind: p.kind,
      minAmount: p.minAmount,
      maxAmount: p.maxAmount,
      annualRateFrom: p.annualRateFrom,
      annualRateTo: p.annualRateTo,
      maxTermDays: p.maxTermDays,
      eligibility: {
        sizeClasses: p.sizeClasses,
        industries: p.industries,
        cityCodes: p.cityCodes,
        keyListLevels: p.keyListLevels as KeyListLevel[],
      },
      description: p.description,
      status: p.status,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    }));
  }
}

function fieldsOf(input: NewFinancingProduct) {
  return {
    name: input.name,
    kind: input.kind,
    minAmount: input.minAmount,
    maxAmount: input.maxAmount,
    annualRateFrom: canonical(input.annualRateFrom),
    annualRateTo: canonical(input.annualRateTo),
    maxTermDays: input.maxTermDays,
    sizeClasses: [...new Set(input.eligibility.sizeClasses ?? [])],
    industries: [...new Set(input.eligibility.industries ?? [])],
    cityCodes: [...new Set(input.eligibility.cityCodes ?? [])],
    keyListLevels: [...new Set(input.eligibility.keyListLevels ?? [])],
    description: input.description,
  };
}

function toInput(p: FinancingProductEntity): NewFinancingProduct {
  return {
    name: p.name,
    kind: p.kind,
    minAmount: p.minAmount,
    maxAmount: p.maxAmount,
    annualRateFrom: p.annualRateFrom,
    annualRateTo: p.annualRateTo,
    maxTermDays: p.maxTermDays,
    eligibility: {
      sizeClasses: p.sizeClasses,
      industries: p.industries,
      cityCodes: p.cityCodes,
      keyListLevels: p.keyListLevels as KeyListLevel[],
    },
    description: p.description,
  };
}

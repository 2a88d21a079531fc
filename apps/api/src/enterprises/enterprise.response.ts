import type { CityEntity, EnterpriseEntity, EnterpriseKind, Industry, Ownership, SizeClass } from '@gqt/enterprises';

export class CityResponse {
  /** @example "450200" */
  code!: string;

  /** @example "柳州市" */
  name!: string;

  /** @example "Liuzhou" */
  nameEn!: string;

  static of(city: CityEntity): CityResponse {
    return { code: city.code, name: city.name, nameEn: city.nameEn };
  }
}

/** How an enterprise appears inside other resources. */
export class EnterpriseSummary {
  id!: string;

  /** @example "柳州示范汽车集团有限公司" */
  name!: string;

  /** @example "91450100MA5K00004P" */
  uscc!: string;

  kind!: EnterpriseKind;

  /** @example "450200" */
  cityCode!: string;

  static of(e: EnterpriseEntity): EnterpriseSummary {
    return { id: e.id, name: e.name, uscc: e.uscc, kind: e.kind, cityCode: e.cityCode };
  }
}

export class EnterpriseResponse extends EnterpriseSummary {
  industry!: Industry;

  employees!: number;

  /** @example "8000000000.00" */
  annualRevenue!: string;

  totalAssets!: string | null;

  ownership!: Ownership | null;

  /** By the national SME classification standard (工信部联企业〔2011〕300号). @example "LARGE" */
  sizeClass!: SizeClass;

  /** Banks only: the share of outstanding confirmed receivables it lends against. @example "0.80" */
  financingRatio!: string | null;

  /** Purchasers only: the competent budget unit (主管预算单位) above this one. */
  parentId!: string | null;

  createdAt!: Date;

  updatedAt!: Date;

  static override of(e: EnterpriseEntity): EnterpriseResponse {
    return {
      ...EnterpriseSummary.of(e),
      industry: e.industry,
      employees: e.employees,
      annualRevenue: e.annualRevenue,
      totalAssets: e.totalAssets,
      ownership: e.ownership,
      sizeClass: e.sizeClass,
      financingRatio: e.financingRatio,
      parentId: e.parentId,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    };
  }
}

export class EnterprisePage {
  items!: EnterpriseResponse[];

  nextCursor!: string | null;
}

import {
  ENTERPRISE_KINDS,
  INDUSTRIES,
  OWNERSHIPS,
  SIZE_CLASSES,
  type CityEntity,
  type EnterpriseEntity,
  type EnterpriseKind,
  type Industry,
  type Ownership,
  type SizeClass,
} from '@gqt/enterprises';
import { EnumField, IdField, IntField, ListField, MoneyField, TextField, TimestampField } from '@gqt/platform';
import { CityCodeField, NameField, NextCursorField, UsccField } from '../common/fields';

export class CityResponse {
  /** @example "450200" */
  @CityCodeField()
  code!: string;

  /** @example "柳州市" */
  @TextField(50)
  name!: string;

  /** @example "Liuzhou" */
  @TextField(50)
  nameEn!: string;

  static of(city: CityEntity): CityResponse {
    return { code: city.code, name: city.name, nameEn: city.nameEn };
  }
}

/** How an enterprise appears inside other resources. */
export class EnterpriseSummary {
  @IdField()
  id!: string;

  /** @example "柳州示范汽车集团有限公司" */
  @NameField()
  name!: string;

  /** @example "91450100MA5K00004P" */
  @UsccField()
  uscc!: string;

  @EnumField(ENTERPRISE_KINDS, 'EnterpriseKind')
  kind!: EnterpriseKind;

  /** @example "450200" */
  @CityCodeField()
  cityCode!: string;

  static of(e: EnterpriseEntity): EnterpriseSummary {
    return { id: e.id, name: e.name, uscc: e.uscc, kind: e.kind, cityCode: e.cityCode };
  }
}

/** A bank's financing ratio as a decimal string, 0.50-0.90. */
export const FINANCING_RATIO = /^0\.\d{1,2}$/;

export class EnterpriseResponse extends EnterpriseSummary {
  @EnumField(INDUSTRIES, 'Industry')
  industry!: Industry;

  @IntField(0, 10_000_000)
  employees!: number;

  /** @example "8000000000.00" */
  @MoneyField()
  annualRevenue!: string;

  @MoneyField()
  totalAssets!: string | null;

  @EnumField(OWNERSHIPS, 'Ownership')
  ownership!: Ownership | null;

  /** By the national SME classification standard (工信部联企业〔2011〕300号). @example "LARGE" */
  @EnumField(SIZE_CLASSES, 'SizeClass')
  sizeClass!: SizeClass;

  /** Banks only: the share of outstanding confirmed receivables it lends against. @example "0.80" */
  @TextField(4, { pattern: FINANCING_RATIO })
  financingRatio!: string | null;

  /** Purchasers only: the competent budget unit (主管预算单位) above this one. */
  @IdField()
  parentId!: string | null;

  @TimestampField()
  createdAt!: Date;

  @TimestampField()
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
  @ListField({ maxItems: 200, of: EnterpriseResponse })
  items!: EnterpriseResponse[];

  @NextCursorField()
  nextCursor!: string | null;
}

import {
  ENTERPRISE_KINDS,
  INDUSTRIES,
  OWNERSHIPS,
  type EnterpriseKind,
  type Industry,
  type NewEnterprise,
  type Ownership,
} from '@gqt/enterprises';
import { EnumField, IdField, IntField, MoneyField, TextField } from '@gqt/platform';
import { IsOptional, ValidateIf } from 'class-validator';
import { CityCodeField, UsccField } from '../common/fields';

export class CreateEnterpriseDto implements NewEnterprise {
  /** @example "柳州示范汽车集团有限公司" */
  @TextField(200, { minLength: 2 })
  name!: string;

  /** Unified social credit code (GB 32100-2015), checked by its check character. @example "91450100MA5K00004P" */
  @UsccField()
  uscc!: string;

  /** @example "CORE" */
  @EnumField(ENTERPRISE_KINDS, 'EnterpriseKind')
  kind!: EnterpriseKind;

  /** A city from GET /cities. @example "450200" */
  @CityCodeField()
  cityCode!: string;

  /** @example "INDUSTRY" */
  @EnumField(INDUSTRIES, 'Industry')
  industry!: Industry;

  /** @example 12000 */
  @IntField(0, 10_000_000)
  employees!: number;

  /** Yuan. @example "8000000000.00" */
  @MoneyField()
  annualRevenue!: string;

  /** Yuan; required in industries whose size standard uses assets. @example "12000000000.00" */
  @IsOptional()
  @MoneyField()
  totalAssets?: string;

  /** @example "STATE_OWNED" */
  @IsOptional()
  @EnumField(OWNERSHIPS, 'Ownership')
  ownership?: Ownership;

  /**
   * Purchasers only (kind BUYER, ownership STATE_ORGAN or PUBLIC_INSTITUTION): the competent budget
   * unit (主管预算单位) above this one, itself a purchaser.
   */
  // Left out means none; null is refused like any other wrong value (IsOptional would let it through).
  @ValidateIf((_, value) => value !== undefined)
  @IdField()
  parentId?: string;
}

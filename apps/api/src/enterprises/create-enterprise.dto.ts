import {
  ENTERPRISE_KINDS,
  INDUSTRIES,
  OWNERSHIPS,
  type EnterpriseKind,
  type Industry,
  type NewEnterprise,
  type Ownership,
} from '@gqt/enterprises';
import { IsMoney } from '@gqt/platform';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

export class CreateEnterpriseDto implements NewEnterprise {
  /** @example "柳州示范汽车集团有限公司" */
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  /** Unified social credit code (GB 32100-2015), checked by its check character. @example "91450100MA5K00004P" */
  @IsString()
  @Length(18, 18, { message: 'uscc must be 18 characters' })
  uscc!: string;

  /** @example "CORE" */
  @IsIn(ENTERPRISE_KINDS)
  kind!: EnterpriseKind;

  /** A city from GET /cities. @example "450200" */
  @Matches(/^\d{6}$/, { message: 'cityCode must be a 6-digit city code' })
  cityCode!: string;

  /** @example "INDUSTRY" */
  @IsIn(INDUSTRIES)
  industry!: Industry;

  /** @example 12000 */
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  employees!: number;

  /** Yuan. @example "8000000000.00" */
  @IsMoney()
  annualRevenue!: string;

  /** Yuan; required in industries whose size standard uses assets. @example "12000000000.00" */
  @IsOptional()
  @IsMoney()
  totalAssets?: string;

  /** @example "STATE_OWNED" */
  @IsOptional()
  @IsIn(OWNERSHIPS)
  ownership?: Ownership;

  /**
   * Purchasers only (kind BUYER, ownership STATE_ORGAN or PUBLIC_INSTITUTION): the competent budget
   * unit (主管预算单位) above this one, itself a purchaser.
   */
  @IsOptional()
  @IsUUID()
  parentId?: string;
}

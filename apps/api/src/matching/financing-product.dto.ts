import { PartialType } from '@nestjs/swagger';
import {
  INDUSTRIES,
  KEY_LIST_LEVELS,
  PRODUCT_KINDS,
  PRODUCT_STATUSES,
  SIZE_CLASSES,
  type Industry,
  type KeyListLevel,
  type ProductKind,
  type ProductStatus,
  type SizeClass,
} from '@gqt/contracts';
import type { FinancingProductView } from '@gqt/matching';
import {
  EnumField,
  IdField,
  IntField,
  ListField,
  MoneyField,
  NestedObject,
  PageQuery,
  RateField,
  TextField,
  TimestampField,
} from '@gqt/platform';
import { Transform } from 'class-transformer';
import { ArrayUnique, IsBoolean, IsOptional } from 'class-validator';
import { CityCodeField, DIVISION_CODE, NameField, NextCursorField } from '../common/fields';

export class ProductEligibilityDto {
  /** Size classes that qualify; empty or absent: any. @example ["SMALL", "MICRO"] */
  @IsOptional()
  @ListField({ maxItems: 4 })
  @ArrayUnique()
  @EnumField(SIZE_CLASSES, 'SizeClass', { each: true })
  sizeClasses?: SizeClass[];

  /** Industries that qualify; empty or absent: any. @example ["INDUSTRY"] */
  @IsOptional()
  @ListField({ maxItems: INDUSTRIES.length })
  @ArrayUnique()
  @EnumField(INDUSTRIES, 'Industry', { each: true })
  industries?: Industry[];

  /** Cities where the product is offered; empty or absent: all of Guangxi. @example ["451100"] */
  @IsOptional()
  @ListField({ maxItems: 14 })
  @ArrayUnique()
  @TextField(6, { each: true, pattern: DIVISION_CODE, patternMessage: 'each of $property must be a 6-digit city code' })
  cityCodes?: string[];

  /** Key-enterprise list levels of which the enterprise must be on one this year; empty or absent: none needed. @example ["REGION"] */
  @IsOptional()
  @ListField({ maxItems: 3 })
  @ArrayUnique()
  @EnumField(KEY_LIST_LEVELS, 'KeyListLevel', { each: true })
  keyListLevels?: KeyListLevel[];
}

export class CreateFinancingProductDto {
  /** @example "重点企业应收账款e贷" */
  @TextField(200, { minLength: 1 })
  name!: string;

  /** @example "RECEIVABLE_PLEDGE" */
  @EnumField(PRODUCT_KINDS, 'ProductKind')
  kind!: ProductKind;

  /** @example "10000.00" */
  @MoneyField()
  minAmount!: string;

  /** At least minAmount (422 PRODUCT_RANGE_INVALID). @example "5000000.00" */
  @MoneyField()
  maxAmount!: string;

  /** @example "0.0350" */
  @RateField()
  annualRateFrom!: string;

  /** At least annualRateFrom. @example "0.0600" */
  @RateField()
  annualRateTo!: string;

  /** @example 180 */
  @IntField(1, 3650)
  maxTermDays!: number;

  @NestedObject(() => ProductEligibilityDto)
  eligibility!: ProductEligibilityDto;

  /** @example "面向重点企业名单中的小微企业，以应收账款质押，最快当日放款。" */
  @TextField(2000)
  description!: string;
}

/** Any field of the product; the eligibility given replaces the criteria it names. */
export class UpdateFinancingProductDto extends PartialType(CreateFinancingProductDto, { skipNullProperties: false }) {}

export class FinancingProductQuery extends PageQuery {
  /** @example "RECEIVABLE_PLEDGE" */
  @IsOptional()
  @EnumField(PRODUCT_KINDS, 'ProductKind')
  kind?: ProductKind;

  /** Offered in this city. @example "451100" */
  @IsOptional()
  @CityCodeField()
  cityCode?: string;

  /** One bank's products. */
  @IsOptional()
  @IdField()
  bankId?: string;

  /** true: only what the caller's enterprise qualifies for (its size class, industry, city and this year's key lists). @example true */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  eligible?: boolean;
}

export class ProductBankResponse {
  @IdField()
  id!: string;

  @NameField()
  name!: string;
}

export class ProductEligibilityResponse {
  @ListField({ maxItems: 4 })
  @EnumField(SIZE_CLASSES, 'SizeClass', { each: true })
  sizeClasses!: string[];

  @ListField({ maxItems: INDUSTRIES.length })
  @EnumField(INDUSTRIES, 'Industry', { each: true })
  industries!: string[];

  @ListField({ maxItems: 14 })
  @TextField(6, { each: true, pattern: DIVISION_CODE })
  cityCodes!: string[];

  @ListField({ maxItems: 3 })
  @EnumField(KEY_LIST_LEVELS, 'KeyListLevel', { each: true })
  keyListLevels!: KeyListLevel[];
}

export class FinancingProductResponse {
  @IdField()
  id!: string;

  @IdField()
  bankId!: string;

  bank!: ProductBankResponse;

  /** @example "重点企业应收账款e贷" */
  @TextField(200)
  name!: string;

  /** @example "RECEIVABLE_PLEDGE" */
  @EnumField(PRODUCT_KINDS, 'ProductKind')
  kind!: ProductKind;

  /** @example "10000.00" */
  @MoneyField()
  minAmount!: string;

  /** @example "5000000.00" */
  @MoneyField()
  maxAmount!: string;

  /** @example "0.035" */
  @RateField()
  annualRateFrom!: string;

  /** @example "0.06" */
  @RateField()
  annualRateTo!: string;

  /** @example 180 */
  @IntField(1, 3650)
  maxTermDays!: number;

  eligibility!: ProductEligibilityResponse;

  @TextField(2000)
  description!: string;

  /** @example "ACTIVE" */
  @EnumField(PRODUCT_STATUSES, 'ProductStatus')
  status!: ProductStatus;

  @TimestampField()
  createdAt!: Date;

  @TimestampField()
  updatedAt!: Date;

  static of(view: FinancingProductView): FinancingProductResponse {
    return view;
  }
}

export class FinancingProductPage {
  @ListField({ maxItems: 200, of: FinancingProductResponse })
  items!: FinancingProductResponse[];

  @NextCursorField()
  nextCursor!: string | null;
}

import { INDUSTRIES, OWNERSHIPS, type EnterprisePatch, type Industry, type Ownership } from '@gqt/enterprises';
import { IsMoney } from '@gqt/platform';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

export class UpdateEnterpriseDto implements EnterprisePatch {
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'cityCode must be a 6-digit city code' })
  cityCode?: string;

  @IsOptional()
  @IsIn(INDUSTRIES)
  industry?: Industry;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  employees?: number;

  @IsOptional()
  @IsMoney()
  annualRevenue?: string;

  @IsOptional()
  @IsMoney()
  totalAssets?: string;

  @IsOptional()
  @IsIn(OWNERSHIPS)
  ownership?: Ownership;

  /** Banks only: the share of outstanding receivables it lends, 0.50-0.90. @example "0.85" */
  @IsOptional()
  @Matches(/^0\.\d{1,2}$/, { message: 'financingRatio must be a decimal string such as "0.80"' })
  financingRatio?: string;
}

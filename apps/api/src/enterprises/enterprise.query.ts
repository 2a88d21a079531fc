import { ENTERPRISE_KINDS, type EnterpriseFilter, type EnterpriseKind } from '@gqt/enterprises';
import { PageQuery } from '@gqt/platform';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export class EnterpriseQuery extends PageQuery implements EnterpriseFilter {
  @IsOptional()
  @IsIn(ENTERPRISE_KINDS)
  kind?: EnterpriseKind;

  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'cityCode must be a 6-digit city code' })
  cityCode?: string;

  /** Part of the name or of the credit code. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  /** The purchasing units directly below this competent unit. */
  @IsOptional()
  @IsUUID()
  parentId?: string;
}

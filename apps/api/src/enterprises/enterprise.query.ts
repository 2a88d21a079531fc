import { ENTERPRISE_KINDS, type EnterpriseFilter, type EnterpriseKind } from '@gqt/enterprises';
import { EnumField, IdField, PageQuery, TextField } from '@gqt/platform';
import { IsOptional } from 'class-validator';
import { CityCodeField } from '../common/fields';

export class EnterpriseQuery extends PageQuery implements EnterpriseFilter {
  @IsOptional()
  @EnumField(ENTERPRISE_KINDS, 'EnterpriseKind')
  kind?: EnterpriseKind;

  @IsOptional()
  @CityCodeField()
  cityCode?: string;

  /** Part of the name or of the credit code. */
  @IsOptional()
  @TextField(100)
  q?: string;

  /** The purchasing units directly below this competent unit. */
  @IsOptional()
  @IdField()
  parentId?: string;
}

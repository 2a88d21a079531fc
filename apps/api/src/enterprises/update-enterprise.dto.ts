import { OmitType, PartialType } from '@nestjs/swagger';
import type { EnterprisePatch } from '@gqt/enterprises';
import { IsOptional, Matches } from 'class-validator';
import { CreateEnterpriseDto } from './create-enterprise.dto';

/**
 * Any registration field but the credit code and the kind, which never change. A field left out
 * stays as it is; null is not "leave it" but a value, refused like any other wrong one.
 */
export class UpdateEnterpriseDto
  extends PartialType(OmitType(CreateEnterpriseDto, ['uscc', 'kind'] as const), { skipNullProperties: false })
  implements EnterprisePatch
{
  /** Banks only: the share of outstanding receivables it lends, 0.50-0.90. @example "0.85" */
  @IsOptional()
  @Matches(/^0\.\d{1,2}$/, { message: 'financingRatio must be a decimal string such as "0.80"' })
  financingRatio?: string;
}

import { OmitType, PartialType } from '@nestjs/swagger';
import type { EnterprisePatch } from '@gqt/enterprises';
import { IdField, TextField } from '@gqt/platform';
import { IsOptional } from 'class-validator';
import { CreateEnterpriseDto } from './create-enterprise.dto';
import { FINANCING_RATIO } from './enterprise.response';

/**
 * Any registration field but the credit code and the kind, which never change. A field left out
 * stays as it is; null is not "leave it" but a value, refused like any other wrong one.
 */
export class UpdateEnterpriseDto
  extends PartialType(OmitType(CreateEnterpriseDto, ['uscc', 'kind', 'parentId'] as const), {
    skipNullProperties: false,
  })
  implements EnterprisePatch
{
  /**
   * Purchasers only: moves the unit under another competent unit, never under itself or one of its
   * own subordinates (422 PARENT_CYCLE); null detaches it.
   */
  @IsOptional()
  @IdField()
  parentId?: string | null;

  /** Banks only: the share of outstanding receivables it lends, 0.50-0.90. @example "0.85" */
  @IsOptional()
  @TextField(4, {
    pattern: FINANCING_RATIO,
    patternMessage: 'financingRatio must be a decimal string such as "0.80"',
  })
  financingRatio?: string;
}

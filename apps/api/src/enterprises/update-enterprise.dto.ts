import { ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import type { EnterprisePatch } from '@gqt/enterprises';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { CreateEnterpriseDto } from './create-enterprise.dto';

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
  @ApiPropertyOptional({ type: 'string', format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  /** Banks only: the share of outstanding receivables it lends, 0.50-0.90. @example "0.85" */
  @IsOptional()
  @Matches(/^0\.\d{1,2}$/, { message: 'financingRatio must be a decimal string such as "0.80"' })
  financingRatio?: string;
}

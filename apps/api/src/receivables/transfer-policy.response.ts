import type { TransferPolicyView } from '@gqt/receivables';
import { IntField, TextField, TimestampField } from '@gqt/platform';
import { IsOptional } from 'class-validator';

export class TransferPolicyResponse {
  /** How many tiers a tree of pieces may have; the root is tier 1. @example 10 */
  @IntField(1, 99)
  maxTier!: number;

  /** True until a region regulator sets the policy. */
  isDefault!: boolean;

  @IsOptional()
  @TimestampField()
  updatedAt!: Date | null;

  /** @example "region-regulator" */
  @IsOptional()
  @TextField(200)
  updatedByName!: string | null;

  static of(view: TransferPolicyView): TransferPolicyResponse {
    return { ...view };
  }
}

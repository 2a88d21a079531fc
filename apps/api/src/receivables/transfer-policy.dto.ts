import { MAX_TIER_RANGE } from '@gqt/receivables';
import { IntField } from '@gqt/platform';

export class ReplaceTransferPolicyDto {
  /** How many tiers a tree of pieces may have; the root is tier 1, so 1 allows no transfer. @example 10 */
  @IntField(MAX_TIER_RANGE.min, MAX_TIER_RANGE.max)
  maxTier!: number;
}

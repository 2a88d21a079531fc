import { IntField, MoneyField, NestedObject, TextField } from '@gqt/platform';
import { SHARE_PATTERN, type PolicyTerms } from '@gqt/procurement';

const SHARE_MESSAGE = '$property must be a decimal from 0 to 1 with at most 4 decimals, e.g. "0.30"';

export class SmallProjectThresholdsDto {
  /** Goods and services projects up to this budget are in principle reserved whole. @example "2000000.00" */
  @MoneyField()
  goodsServices!: string;

  /** Works projects up to this budget are in principle reserved whole. @example "4000000.00" */
  @MoneyField()
  works!: string;
}

export class ReplaceProcurementPolicyDto implements PolicyTerms {
  /** The least share of each unit's yearly budget reserved for SMEs, 0-1. @example "0.30" */
  @TextField(6, { pattern: SHARE_PATTERN, patternMessage: SHARE_MESSAGE })
  reservedShareMin!: string;

  /** The least share of the reserved part going to small and micro enterprises, 0-1. @example "0.60" */
  @TextField(6, { pattern: SHARE_PATTERN, patternMessage: SHARE_MESSAGE })
  smallMicroShareMin!: string;

  @NestedObject(() => SmallProjectThresholdsDto)
  smallProjectThresholds!: SmallProjectThresholdsDto;

  /** Purchasers pay within this many days of acceptance; at most 60 by contract (SME Payment Regulation art. 9). @example 30 */
  @IntField(1, 60)
  paymentDays!: number;
}

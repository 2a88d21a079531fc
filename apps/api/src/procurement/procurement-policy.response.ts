import { MoneyField, RateField, TimestampField } from '@gqt/platform';
import type { ProcurementPolicyView } from '@gqt/procurement';

export class SmallProjectThresholdsResponse {
  /** @example "2000000.00" */
  @MoneyField()
  goodsServices!: string;

  /** @example "4000000.00" */
  @MoneyField()
  works!: string;
}

export class ProcurementPolicyResponse {
  /** @example 2026 */
  year!: number;

  /** @example "0.30" */
  @RateField()
  reservedShareMin!: string;

  /** Of the reserved part. @example "0.60" */
  @RateField()
  smallMicroShareMin!: string;

  smallProjectThresholds!: SmallProjectThresholdsResponse;

  /** @example 30 */
  paymentDays!: number;

  /** Whether a compliance figure of the year was exported: the terms can no longer change. @example false */
  locked!: boolean;

  @TimestampField()
  lockedAt!: Date | null;

  /** The defaults (seed item 6, 财库〔2020〕46号) while the year has no policy of its own. @example true */
  isDefault!: boolean;

  @TimestampField()
  updatedAt!: Date | null;

  static of(view: ProcurementPolicyView): ProcurementPolicyResponse {
    return view;
  }
}

import { OFFER_STATUSES, type OfferStatus } from '@gqt/contracts';
import type { FinancingOfferView } from '@gqt/financing';
import {
  EnumField,
  IdField,
  InstantField,
  IntField,
  ListField,
  MoneyField,
  RateField,
  TimestampField,
} from '@gqt/platform';
import { IsOptional } from 'class-validator';
import { NameField } from '../common/fields';

export class MakeOfferDto {
  /** At most the requested amount and the bank's financing ratio of the outstanding total. @example "60000.00" */
  @MoneyField()
  amount!: string;

  /** Annual interest rate as a decimal, above 0 and at most 1. @example "0.0385" */
  @RateField()
  annualRate!: string;

  /** The term the bank lends for, 1-365 days (the bank's to offer, not bound to the receivables' due dates). @example 90 */
  @IntField(1, 365)
  termDays!: number;

  /** Until when the SME may accept this offer; after now. @example "2026-12-14T08:00:00.000Z" */
  @InstantField()
  validUntil!: string;

  /** One of the bank's active financing products the offer is made under. */
  @IsOptional()
  @IdField()
  productId?: string;
}

export class OfferBankResponse {
  @IdField()
  id!: string;

  /** @example "广西北部湾示范银行" */
  @NameField()
  name!: string;
}

export class FinancingOfferResponse {
  @IdField()
  id!: string;

  @IdField()
  financingRequestId!: string;

  @IdField()
  bankId!: string;

  bank!: OfferBankResponse;

  /** @example "60000.00" */
  @MoneyField()
  amount!: string;

  /** @example "0.0385" */
  @RateField()
  annualRate!: string;

  /** @example 90 */
  @IntField(1, 365)
  termDays!: number;

  /** Interest over the term in yuan: amount × annualRate × termDays / 365, rounded half up to the fen. @example "569.59" */
  @MoneyField()
  interest!: string;

  @TimestampField()
  validUntil!: Date;

  @IdField()
  productId!: string | null;

  /** ACTIVE until accepted, DECLINED (another was taken, or the request withdrawn) or EXPIRED. @example "ACTIVE" */
  @EnumField(OFFER_STATUSES, 'OfferStatus')
  status!: OfferStatus;

  @TimestampField()
  createdAt!: Date;

  @TimestampField()
  updatedAt!: Date;

  static of(view: FinancingOfferView): FinancingOfferResponse {
    return view;
  }
}

export class FinancingOfferList {
  /** Best first: the lowest rate, then the highest amount. */
  @ListField({ maxItems: 5, of: FinancingOfferResponse })
  items!: FinancingOfferResponse[];
}

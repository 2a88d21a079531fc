import { FINANCING_STATUSES, type FinancingRequestView, type FinancingStatus } from '@gqt/financing';
import {
  DateField,
  EnumField,
  IdField,
  IntField,
  ListField,
  MoneyField,
  RateField,
  TextField,
  TimestampField,
} from '@gqt/platform';
import { IsOptional } from 'class-validator';
import { CityCodeField, NameField, NextCursorField, UsccField } from '../common/fields';
import { PLEDGE_REGISTRATION_NO } from './financing-decisions.dto';

export class FinancingPartyResponse {
  @IdField()
  id!: string;

  /** @example "柳州精密零部件有限公司" */
  @NameField()
  name!: string;

  /** @example "91450200MA5K11117N" */
  @UsccField()
  uscc!: string;

  /** @example "450200" */
  @CityCodeField()
  cityCode!: string;
}

export class PledgedReceivableResponse {
  @IdField()
  id!: string;

  @IdField()
  debtorId!: string;

  /** @example "柳州示范汽车集团有限公司" */
  @NameField()
  debtorName!: string | null;

  /** Outstanding when the request was made. @example "500000.50" */
  @MoneyField()
  outstandingAmount!: string;

  /** @example "2026-04-10" */
  @DateField()
  dueDate!: string;
}

/** A financing request; webhooks of financing_request.* carry exactly this as `data`. */
export class FinancingRequestResponse {
  @IdField()
  id!: string;

  /** OPEN: before several banks, taking offers. @example "SUBMITTED" */
  @EnumField(FINANCING_STATUSES, 'FinancingStatus')
  status!: FinancingStatus;

  @IdField()
  smeId!: string;

  /** The bank; for a request before several banks, null until the SME accepts an offer. */
  @IdField()
  bankId!: string | null;

  sme!: FinancingPartyResponse;

  bank!: FinancingPartyResponse | null;

  /**
   * A request before several banks (competing offers): the banks named, 2-5; empty for a request
   * to one bank.
   */
  @ListField({ maxItems: 5 })
  @IdField({ each: true })
  bankIds!: string[];

  /** When an OPEN request expires unless the SME accepts an offer; null for a request to one bank. */
  @TimestampField()
  expiresAt!: Date | null;

  /** The offer the SME accepted (its bank's, seen by that bank and the SME only). */
  @IdField()
  acceptedOfferId!: string | null;

  /** Contract financing (政采贷): the award financed whole; null for a request on receivables. */
  @IdField()
  awardId!: string | null;

  @ListField({ maxItems: 100 })
  @IdField({ each: true })
  receivableIds!: string[];

  @ListField({ maxItems: 100, of: PledgedReceivableResponse })
  receivables!: PledgedReceivableResponse[];

  /** @example "400000.00" */
  @MoneyField()
  requestedAmount!: string;

  /** @example 40 */
  @IntField(1, 365)
  termDays!: number;

  /** The receivables' outstanding total when the request was made. @example "500000.50" */
  @MoneyField()
  outstandingTotal!: string;

  /** The bank's financing ratio applied. @example "0.80" */
  @RateField()
  financingRatio!: string;

  /** @example "400000.00" */
  @MoneyField()
  approvedAmount!: string | null;

  /** @example "0.0435" */
  @RateField()
  annualRate!: string | null;

  /** @example 40 */
  @IntField(1, 365)
  approvedTermDays!: number | null;

  @TextField(2000)
  rejectionReason!: string | null;

  /** @example "LN-2026-000123" */
  @TextField(64)
  loanReference!: string | null;

  /** @example "2026-03-02" */
  @DateField()
  disbursedOn!: string | null;

  /** @example "06113822000312345678" */
  @TextField(40, { pattern: PLEDGE_REGISTRATION_NO })
  pledgeRegistrationNo!: string | null;

  /** disbursedOn plus the approved term. @example "2026-04-11" */
  @DateField()
  maturityDate!: string | null;

  /** @example "2026-04-10" */
  @DateField()
  repaidOn!: string | null;

  @TimestampField()
  createdAt!: Date;

  @TimestampField()
  updatedAt!: Date;

  static of(view: FinancingRequestView): FinancingRequestResponse {
    return view;
  }
}

export class FinancingRequestPage {
  @ListField({ maxItems: 200, of: FinancingRequestResponse })
  items!: FinancingRequestResponse[];

  @NextCursorField()
  nextCursor!: string | null;

  /** With `withTotal=true`: how many requests the filter matches in all. @example 12 */
  @IsOptional()
  @IntField(0, 100_000_000)
  total?: number;
}

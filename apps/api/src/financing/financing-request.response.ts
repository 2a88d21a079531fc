import { FINANCING_STATUSES, type FinancingRequestView, type FinancingStatus } from '@gqt/financing';
import { ApiProperty } from '@nestjs/swagger';

export class FinancingPartyResponse {
  id!: string;

  /** @example "柳州精密零部件有限公司" */
  name!: string;

  /** @example "91450200MA5K11117N" */
  uscc!: string;

  /** @example "450200" */
  cityCode!: string;
}

export class PledgedReceivableResponse {
  id!: string;

  debtorId!: string;

  /** Outstanding when the request was made. @example "500000.50" */
  outstandingAmount!: string;

  /** @example "2026-04-10" */
  dueDate!: string;
}

/** A financing request; webhooks of financing_request.* carry exactly this as `data`. */
export class FinancingRequestResponse {
  id!: string;

  @ApiProperty({ enum: FINANCING_STATUSES, example: 'SUBMITTED' })
  status!: FinancingStatus;

  smeId!: string;

  bankId!: string;

  sme!: FinancingPartyResponse;

  bank!: FinancingPartyResponse;

  /** Contract financing (政采贷): the award financed whole; null for a request on receivables. */
  awardId!: string | null;

  receivableIds!: string[];

  receivables!: PledgedReceivableResponse[];

  /** @example "400000.00" */
  requestedAmount!: string;

  /** @example 40 */
  termDays!: number;

  /** The receivables' outstanding total when the request was made. @example "500000.50" */
  outstandingTotal!: string;

  /** The bank's financing ratio applied. @example "0.80" */
  financingRatio!: string;

  /** @example "400000.00" */
  approvedAmount!: string | null;

  /** @example "0.0435" */
  annualRate!: string | null;

  /** @example 40 */
  approvedTermDays!: number | null;

  rejectionReason!: string | null;

  /** @example "LN-2026-000123" */
  loanReference!: string | null;

  /** @example "2026-03-02" */
  disbursedOn!: string | null;

  /** @example "06113822000312345678" */
  pledgeRegistrationNo!: string | null;

  /** disbursedOn plus the approved term. @example "2026-04-11" */
  maturityDate!: string | null;

  /** @example "2026-04-10" */
  repaidOn!: string | null;

  createdAt!: Date;

  updatedAt!: Date;

  static of(view: FinancingRequestView): FinancingRequestResponse {
    return view;
  }
}

export class FinancingRequestPage {
  items!: FinancingRequestResponse[];

  nextCursor!: string | null;
}

import { DateField, EnumField, IdField, ListField, MoneyField, RateField, TextField } from '@gqt/platform';
import { CityCodeField, NameField, NextCursorField } from '../common/fields';
import { INDUSTRIES } from '@gqt/contracts';
import { AGING_BUCKETS, INTEREST_BASES, type AgingBucket, type InterestBasis, type OverdueItem } from '@gqt/monitoring';

export class MonitoredPartyResponse {
  @IdField()
  id!: string;

  /** @example "柳州示范汽车工业集团有限公司" */
  @NameField()
  name!: string;

  /** @example "450200" */
  @CityCodeField()
  cityCode!: string;
}

export class MonitoredDebtorResponse extends MonitoredPartyResponse {
  /** @example "INDUSTRY" */
  @EnumField(INDUSTRIES, 'Industry')
  industry!: string;
}

export class OverdueItemResponse {
  @IdField()
  receivableId!: string;

  /** @example "HT-2026-0815" */
  @TextField(100)
  contractNo!: string;

  creditor!: MonitoredPartyResponse;

  debtor!: MonitoredDebtorResponse;

  /** @example "100000.00" */
  @MoneyField()
  confirmedAmount!: string;

  /** Outstanding at the end of `asOf`. @example "60000.00" */
  @MoneyField()
  outstandingAmount!: string;

  /** @example "2026-09-01" */
  @DateField()
  deliveryDate!: string | null;

  /** @example "2026-10-31" */
  @DateField()
  dueDate!: string;

  /** Days from the due date to `asOf`. @example 30 */
  daysOverdue!: number;

  /** @example "d1_30" */
  @EnumField(AGING_BUCKETS, 'AgingBucket')
  bucket!: AgingBucket;

  /**
   * Interest accrued to `asOf`: each overdue day at the daily rate on what was outstanding at its
   * start (a payment counts from the day after it was paid), summed exactly and rounded half up to
   * the fen once. @example "900.00"
   */
  @MoneyField()
  lateInterest!: string;

  /** The agreed annual rate, or null: then 0.05 % a day (SME Payment Regulation art. 17). @example null */
  @RateField()
  lateInterestRate!: string | null;

  /** @example "STATUTORY" */
  @EnumField(INTEREST_BASES, 'InterestBasis')
  interestBasis!: InterestBasis;

  /** @example "2026-11-30" */
  @DateField()
  asOf!: string;

  static of(item: OverdueItem): OverdueItemResponse {
    return {
      ...item,
      confirmedAmount: item.confirmedAmount.toString(),
      outstandingAmount: item.outstandingAmount.toString(),
      lateInterest: item.lateInterest.toString(),
    };
  }
}

export class OverduePage {
  @ListField({ maxItems: 200, of: OverdueItemResponse })
  items!: OverdueItemResponse[];

  @NextCursorField()
  nextCursor!: string | null;

  /** @example "2026-11-30" */
  @DateField()
  asOf!: string;
}

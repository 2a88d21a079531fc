import { IdField, IntField, ListField, MoneyField } from '@gqt/platform';
import { ArrayUnique } from 'class-validator';

export class CreateFinancingRequestDto {
  /**
   * Confirmed receivables of the SME, not overdue, with money outstanding, in no other live request.
   * @example ["3b9e6f0a-58c2-4f0e-9d7c-6a1f2b3c4d5e"]
   */
  @ListField({ maxItems: 100, minItems: 1 })
  @ArrayUnique()
  @IdField({ each: true })
  receivableIds!: string[];

  /** The bank asked for the loan (GET /enterprises?kind=BANK). @example "8f14e45f-ceea-467f-a8d6-5b9c2a7e1d30" */
  @IdField()
  bankId!: string;

  /** At most the bank's financing ratio (default 0.80) of the receivables' outstanding total. @example "400000.00" */
  @MoneyField()
  requestedAmount!: string;

  /** The loan's term; it must end by the earliest due date of the receivables. @example 40 */
  @IntField(1, 365)
  termDays!: number;
}

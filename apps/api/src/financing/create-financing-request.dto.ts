import { IdField, InstantField, IntField, ListField, MoneyField } from '@gqt/platform';
import {
  ArrayUnique,
  IsOptional,
  Validate,
  ValidateIf,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';

/** A request finances receivables or one award, never both. */
@ValidatorConstraint({ name: 'receivablesOrAward' })
class ReceivablesOrAward implements ValidatorConstraintInterface {
  validate(_awardId: unknown, { object }: ValidationArguments): boolean {
    return (object as CreateFinancingRequestDto).receivableIds === undefined;
  }

  defaultMessage(): string {
    return 'give either receivableIds or awardId, not both';
  }
}

/** One bank (`bankId`) or several (`bankIds`, on receivables only), never both. */
@ValidatorConstraint({ name: 'oneBankOrSeveral' })
class OneBankOrSeveral implements ValidatorConstraintInterface {
  validate(_bankId: unknown, { object }: ValidationArguments): boolean {
    const dto = object as CreateFinancingRequestDto;
    return dto.bankIds === undefined;
  }

  defaultMessage(): string {
    return 'give either bankId or bankIds, not both';
  }
}

export class CreateFinancingRequestDto {
  /**
   * Confirmed receivables of the SME, not overdue, with money outstanding, in no other live request.
   * Required unless `awardId` is given.
   * @example ["3b9e6f0a-58c2-4f0e-9d7c-6a1f2b3c4d5e"]
   */
  @ValidateIf((dto: CreateFinancingRequestDto) => dto.awardId === undefined)
  @ListField({ maxItems: 100, minItems: 1 })
  @ArrayUnique()
  @IdField({ each: true })
  receivableIds?: string[];

  /**
   * Contract financing (政采贷) instead: a government procurement award the SME won, financed whole
   * before or after acceptance; the limit is the bank's ratio of the award's amount not yet paid.
   */
  @ValidateIf((dto: CreateFinancingRequestDto) => dto.receivableIds === undefined || dto.awardId !== undefined)
  @IdField()
  @Validate(ReceivablesOrAward)
  awardId?: string;

  /**
   * The bank asked for the loan (GET /enterprises?kind=BANK). Required unless `bankIds` is given.
   * @example "8f14e45f-ceea-467f-a8d6-5b9c2a7e1d30"
   */
  @ValidateIf((dto: CreateFinancingRequestDto) => dto.bankIds === undefined || dto.bankId !== undefined)
  @IdField()
  @Validate(OneBankOrSeveral)
  bankId?: string;

  /**
   * Competing offers instead (api-contract.md § Matching): 2-5 banks at once. The request is OPEN
   * until the SME accepts an offer or it expires; receivables only (not with `awardId`).
   */
  @ValidateIf((dto: CreateFinancingRequestDto) => dto.bankIds !== undefined)
  @ListField({ maxItems: 5, minItems: 2 })
  @ArrayUnique()
  @IdField({ each: true })
  bankIds?: string[];

  /**
   * With `bankIds`: when the request expires unless an offer is accepted; after now and at most 30
   * days ahead (422 EXPIRY_OUT_OF_RANGE); default 7 days from now.
   * @example "2026-12-14T08:00:00.000Z"
   */
  @IsOptional()
  @InstantField()
  expiresAt?: string;

  /** At most the bank's financing ratio (default 0.80) of the receivables' outstanding total. @example "400000.00" */
  @MoneyField()
  requestedAmount!: string;

  /**
   * The loan's term; to one bank it must end by the earliest due date of the receivables. Before
   * several banks it is the term asked for: each bank offers its own.
   * @example 40
   */
  @IntField(1, 365)
  termDays!: number;
}

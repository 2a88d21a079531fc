import {
  RECEIVABLE_SORTS,
  RECEIVABLE_STATUSES,
  type ReceivableFilter,
  type ReceivableSort,
  type ReceivableStatus,
} from '@gqt/receivables';
import { DateField, EnumField, IdField, PageQuery, TextField } from '@gqt/platform';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export class ReceivableQuery extends PageQuery implements ReceivableFilter {
  /** @example "PENDING_CONFIRMATION" */
  @IsOptional()
  @EnumField(RECEIVABLE_STATUSES, 'ReceivableStatus')
  status?: ReceivableStatus;

  /** The caller enterprise's side: what it is owed (creditor) or owes (debtor). @example "debtor" */
  @IsOptional()
  @EnumField(['creditor', 'debtor'], 'PartyRole')
  role?: 'creditor' | 'debtor';

  /** Confirmed, money outstanding, due date before today (Asia/Shanghai); false for the rest. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  /** Due on or after this day. @example "2026-12-01" */
  @IsOptional()
  @DateField()
  dueFrom?: string;

  /** Due on or before this day. @example "2026-12-31" */
  @IsOptional()
  @DateField()
  dueTo?: string;

  /** The other party's enterprise id (creditor or debtor). */
  @IsOptional()
  @IdField()
  counterpartyId?: string;

  /** @example "HT-2026-0042" */
  @IsOptional()
  @TextField(100)
  contractNo?: string;

  /** A keyword: part of the contract number, or of the creditor's or the debtor's name. @example "柳州" */
  @IsOptional()
  @TextField(100, { pattern: /\S/, patternMessage: 'q must not be blank' })
  q?: string;

  /**
   * The order: `-createdAt` (newest first, the default), `amount` / `-amount`, `dueDate` / `-dueDate`
   * (ascending / descending). A cursor continues the sort it came from. @example "-amount"
   */
  @IsOptional()
  @EnumField(RECEIVABLE_SORTS, 'ReceivableSort')
  sort?: ReceivableSort;

  /** Also answer `total`: how many receivables the filter matches in all. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  withTotal?: boolean;
}

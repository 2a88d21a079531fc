import { RECEIVABLE_STATUSES, type ReceivableFilter, type ReceivableStatus } from '@gqt/receivables';
import { IsBusinessDate, PageQuery } from '@gqt/platform';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class ReceivableQuery extends PageQuery implements ReceivableFilter {
  /** @example "PENDING_CONFIRMATION" */
  @IsOptional()
  @IsIn(RECEIVABLE_STATUSES)
  status?: ReceivableStatus;

  /** The caller enterprise's side: what it is owed (creditor) or owes (debtor). @example "debtor" */
  @IsOptional()
  @IsIn(['creditor', 'debtor'])
  role?: 'creditor' | 'debtor';

  /** Confirmed, money outstanding, due date before today (Asia/Shanghai); false for the rest. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  /** Due on or after this day. @example "2026-12-01" */
  @IsOptional()
  @IsBusinessDate()
  dueFrom?: string;

  /** Due on or before this day. @example "2026-12-31" */
  @IsOptional()
  @IsBusinessDate()
  dueTo?: string;

  /** The other party's enterprise id (creditor or debtor). */
  @IsOptional()
  @IsUUID()
  counterpartyId?: string;

  /** @example "HT-2026-0042" */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  contractNo?: string;
}

import { RECEIVABLE_STATUSES, type ReceivableFilter, type ReceivableStatus } from '@gqt/receivables';
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
}

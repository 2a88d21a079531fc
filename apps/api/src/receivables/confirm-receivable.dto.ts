import type { ConfirmationInput } from '@gqt/receivables';
import { DateField, IdField, ListField, MoneyField, TextField } from '@gqt/platform';
import { IsOptional } from 'class-validator';

export class ConfirmReceivableDto implements ConfirmationInput {
  /** Less than the amount confirms part of it; the rest stays disputed. Default: the whole amount. @example "450000.00" */
  @IsOptional()
  @MoneyField()
  confirmedAmount?: string;

  /** A corrected due date, on or after the delivery date. @example "2027-01-15" */
  @IsOptional()
  @DateField()
  dueDate?: string;

  /** With a partial confirmation: why the rest is not confirmed. @example "第 3 批次短交 50 件" */
  @IsOptional()
  @TextField(2000)
  reason?: string;
}

export class ConfirmReceivablesDto extends ConfirmReceivableDto {
  /** Receivables to confirm, each on its own; at most 200. */
  @ListField({ maxItems: 200, minItems: 1 })
  @IdField({ each: true })
  ids!: string[];
}

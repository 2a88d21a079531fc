import type { ConfirmationInput } from '@gqt/receivables';
import { IsBusinessDate, IsMoney } from '@gqt/platform';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class ConfirmReceivableDto implements ConfirmationInput {
  /** Less than the amount confirms part of it; the rest stays disputed. Default: the whole amount. @example "450000.00" */
  @IsOptional()
  @IsMoney()
  confirmedAmount?: string;

  /** A corrected due date, on or after the delivery date. @example "2027-01-15" */
  @IsOptional()
  @IsBusinessDate()
  dueDate?: string;

  /** With a partial confirmation: why the rest is not confirmed. @example "第 3 批次短交 50 件" */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class ConfirmReceivablesDto extends ConfirmReceivableDto {
  /** Receivables to confirm, each on its own; at most 200. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids!: string[];
}

import { IsString, Matches, MaxLength } from 'class-validator';

export class DisputeReceivableDto {
  /** Why the debtor does not accept the debt. @example "货物质量不符合合同约定，已退回 30%" */
  @IsString()
  @MaxLength(2000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}

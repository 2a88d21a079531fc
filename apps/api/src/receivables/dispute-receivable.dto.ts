import { TextField } from '@gqt/platform';

export class DisputeReceivableDto {
  /** Why the debtor does not accept the debt. @example "货物质量不符合合同约定，已退回 30%" */
  @TextField(2000, { pattern: /\S/, patternMessage: 'reason must not be blank' })
  reason!: string;
}

import { FINANCING_STATUSES, type FinancingStatus } from '@gqt/financing';
import { EnumField, PageQuery, TextField } from '@gqt/platform';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export class FinancingRequestQuery extends PageQuery {
  /** @example "SUBMITTED" */
  @IsOptional()
  @EnumField(FINANCING_STATUSES, 'FinancingStatus')
  status?: FinancingStatus;

  /** A keyword: part of the SME's, the bank's or a debtor's name. @example "柳州" */
  @IsOptional()
  @TextField(100, { pattern: /\S/, patternMessage: 'q must not be blank' })
  q?: string;

  /** Also answer `total`: how many requests the filter matches in all. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  withTotal?: boolean;
}

import { EnumField, IdField } from '@gqt/platform';
import { IsOptional } from 'class-validator';

export class ImportTemplateQuery {
  /** @example "xlsx" */
  @IsOptional()
  @EnumField(['csv', 'xlsx'], 'SpreadsheetFormat')
  format: 'csv' | 'xlsx' = 'xlsx';
}

export class ImportStartedResponse {
  /** Follow it on GET /jobs/{id}. */
  @IdField()
  jobId!: string;
}

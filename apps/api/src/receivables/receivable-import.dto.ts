import { IsIn, IsOptional } from 'class-validator';

export class ImportTemplateQuery {
  /** @example "xlsx" */
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format: 'csv' | 'xlsx' = 'xlsx';
}

export class ImportStartedResponse {
  /** Follow it on GET /jobs/{id}. */
  jobId!: string;
}

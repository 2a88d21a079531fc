import { PageQuery, type TableFormat } from '@gqt/platform';
import { IsIn, IsOptional } from 'class-validator';

const FORMATS: TableFormat[] = ['json', 'csv', 'xlsx'];

/** `?format=csv|xlsx` for links a browser follows; `Accept: text/csv` (or the XLSX type) does the same. */
export class ExportQueryDto {
  /** @example "csv" */
  @IsOptional()
  @IsIn(FORMATS)
  format?: TableFormat;
}

/** A list that pages as JSON; an export (CSV or XLSX) holds every item from the cursor on. */
export class ExportPageQueryDto extends PageQuery {
  /** @example "csv" */
  @IsOptional()
  @IsIn(FORMATS)
  format?: TableFormat;
}

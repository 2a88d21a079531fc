import { EnumField, PageQuery, type TableFormat } from '@gqt/platform';
import { IsOptional } from 'class-validator';

const FORMATS: TableFormat[] = ['json', 'csv', 'xlsx'];

/** `?format=csv|xlsx` for links a browser follows; `Accept: text/csv` (or the XLSX type) does the same. */
export class ExportQueryDto {
  /** `csv` or `xlsx` for an export (as `Accept: text/csv` or the XLSX type does); JSON otherwise. @example "csv" */
  @IsOptional()
  @EnumField(FORMATS, 'TableFormat')
  format?: TableFormat;
}

/** A list that pages as JSON; an export (CSV or XLSX) holds every item from the cursor on. */
export class ExportPageQueryDto extends PageQuery {
  /** `csv` or `xlsx` for an export of every item from the cursor on; JSON (one page) otherwise. @example "csv" */
  @IsOptional()
  @EnumField(FORMATS, 'TableFormat')
  format?: TableFormat;
}

import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';
import { CSV_TYPE, XLSX_TYPE } from '@gqt/platform';

/** 200 as JSON of `type`, or as the same table in CSV (UTF-8 with a byte-order mark) or XLSX. */
export const ApiTableResponse = (type: Type) =>
  applyDecorators(
    ApiExtraModels(type),
    ApiOkResponse({
      description:
        'JSON; or with `Accept: text/csv` (or `?format=csv`) CSV, with the XLSX type (or `?format=xlsx`) a workbook',
      content: {
        'application/json': { schema: { $ref: getSchemaPath(type) } },
        // A file, streamed: no schema (nor any length limit) describes it.
        [CSV_TYPE]: {},
        [XLSX_TYPE]: {},
      },
    }),
  );

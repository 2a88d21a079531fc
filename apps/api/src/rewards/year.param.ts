import { Param, ParseIntPipe } from '@nestjs/common';
import { invalid } from '@gqt/kernel';

const refusal = () =>
  invalid('VALIDATION_FAILED', 'year must be a year between 2020 and 2100', [
    { field: 'year', message: 'year must be a year between 2020 and 2100' },
  ]);

/** A `:year` path parameter: a whole year from 2020 to 2100, anything else 400. */
export const YearParam = () =>
  Param('year', new ParseIntPipe({ exceptionFactory: refusal }), {
    transform: (year: number) => {
      if (year < 2020 || year > 2100) throw refusal();
      return year;
    },
  });

import { Param, ParseUUIDPipe } from '@nestjs/common';
import { invalid } from '@gqt/kernel';

/** A path parameter that must be a UUID; anything else is 400 rather than a database error. */
export const UuidParam = (name = 'id') =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        invalid('VALIDATION_FAILED', `${name} must be a UUID`, [{ field: name, message: `${name} must be a UUID` }]),
    }),
  );

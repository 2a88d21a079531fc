import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { invalid } from '@gqt/kernel';

/**
 * A path parameter that must be a UUID; anything else is 400 rather than a database error. The
 * OpenAPI document says so too (format uuid, 36 characters).
 */
export const UuidParam =
  (name = 'id'): ParameterDecorator =>
  (target, key, index) => {
    Param(
      name,
      new ParseUUIDPipe({
        exceptionFactory: () =>
          invalid('VALIDATION_FAILED', `${name} must be a UUID`, [{ field: name, message: `${name} must be a UUID` }]),
      }),
    )(target, key, index);
    const method = Object.getOwnPropertyDescriptor(target, key!)!;
    ApiParam({ name, schema: { type: 'string', format: 'uuid', maxLength: 36 } })(target, key!, method);
  };

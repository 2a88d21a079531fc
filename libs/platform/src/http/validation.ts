import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { invalid, type FieldError } from '@gqt/kernel';

/** Flattens class-validator's tree into `{field: "invoices[0].amount", message}` entries. */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

/**
 * The global pipe: unknown fields are refused, input is transformed into DTO instances, and a
 * refusal is a 400 VALIDATION_FAILED problem naming every field (api-contract.md § Conventions).
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const list = fieldErrors(errors);
      const detail = list.map((e) => `${e.field}: ${e.message}`).join('; ') || 'The request is invalid';
      return invalid('VALIDATION_FAILED', detail, list);
    },
  });
}

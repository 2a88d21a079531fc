import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldError } from '@gqt/kernel';
import { chineseMessage } from './validation-messages.zh-CN';

/** Words a refusal of one constraint: class-validator's (English) message by default. */
export type ConstraintMessage = (error: ValidationError, constraint: string, message: string) => string;

/** Flattens class-validator's tree into `{field: "invoices[0].amount", message}` entries. */
export function fieldErrors(
  errors: ValidationError[],
  parent = '',
  word: ConstraintMessage = (_error, _constraint, message) => message,
): FieldError[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message: word(error, constraint, message),
    }));
    return [...own, ...fieldErrors(error.children ?? [], field, word)];
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
    // The refused DTO, for the arguments of its constraints in translated messages; never sent.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => {
      const list = fieldErrors(errors);
      const detail = list.map((e) => `${e.field}: ${e.message}`).join('; ') || 'The request is invalid';
      const fieldMessages = fieldErrors(errors, '', chineseMessage).map((e) => e.message);
      return new DomainError('INVALID', 'VALIDATION_FAILED', detail, {
        fieldErrors: list,
        localized: { 'zh-CN': { fieldMessages } },
      });
    },
  });
}

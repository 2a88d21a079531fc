import { applyDecorators } from '@nestjs/common';
import { FIRST_BUSINESS_DATE, LAST_BUSINESS_DATE, isBusinessDate } from '@gqt/kernel';
import { Type } from 'class-transformer';
import { IsObject, IsString, Matches, ValidateBy, ValidateNested, buildMessage } from 'class-validator';

// api-contract.md § Conventions: money is a string of yuan with at most two decimals; more
// decimals, signs, exponents and JSON numbers are refused.
export const MONEY_PATTERN = /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/;
export const RATE_PATTERN = /^(0|[1-9]\d{0,2})(\.\d{1,8})?$/;

export const IsMoney = () =>
  applyDecorators(
    IsString({ message: '$property must be a string of yuan, e.g. "125000.00"' }),
    Matches(MONEY_PATTERN, { message: '$property must be yuan with at most two decimals, e.g. "125000.00"' }),
  );

export const IsRate = () =>
  applyDecorators(
    IsString({ message: '$property must be a decimal string, e.g. "0.0435"' }),
    Matches(RATE_PATTERN, { message: '$property must be a decimal string, e.g. "0.0435"' }),
  );

/** A calendar day `YYYY-MM-DD` that exists, within the platform's business dates (1900-2999). */
export const IsBusinessDate = () =>
  ValidateBy({
    name: 'isBusinessDate',
    validator: {
      validate: (value) => isBusinessDate(value),
      defaultMessage: buildMessage(
        (each) =>
          `${each}$property must be a calendar date YYYY-MM-DD between ${FIRST_BUSINESS_DATE} and ${LAST_BUSINESS_DATE}`,
      ),
    },
  });

/**
 * A nested object of a DTO class. `@ValidateNested` alone validates an array given in its place
 * element by element (an empty one passes) and lets null through: both are refused here (lists of
 * nested objects: `ListField({ of })`).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- class-transformer's own type
export const NestedObject = (type: () => Function) =>
  applyDecorators(IsObject({ message: '$property must be an object' }), ValidateNested(), Type(type));

import { applyDecorators } from '@nestjs/common';
import { isBusinessDate } from '@gqt/kernel';
import { IsString, Matches, ValidateBy, buildMessage } from 'class-validator';

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

/** A calendar day `YYYY-MM-DD` that exists. */
export const IsBusinessDate = () =>
  ValidateBy({
    name: 'isBusinessDate',
    validator: {
      validate: (value) => isBusinessDate(value),
      defaultMessage: buildMessage((each) => `${each}$property must be a calendar date YYYY-MM-DD`),
    },
  });

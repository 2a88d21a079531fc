import { parseDecimal, ruleViolation, type BusinessDate } from '@gqt/kernel';

// The 1-year Loan Prime Rate as published by the National Interbank Funding Center since the
// August 2019 reform, each value in force from its publication day until the next.
const ONE_YEAR_LPR: readonly (readonly [BusinessDate, string])[] = [
  ['2019-08-20', '0.0425'],
  ['2019-09-20', '0.0420'],
  ['2019-11-20', '0.0415'],
  ['2020-02-20', '0.0405'],
  ['2020-04-20', '0.0385'],
  ['2021-12-20', '0.0380'],
  ['2022-01-20', '0.0370'],
  ['2022-08-22', '0.0365'],
  ['2023-06-20', '0.0355'],
  ['2023-08-21', '0.0345'],
  ['2024-07-22', '0.0335'],
  ['2024-10-21', '0.0310'],
  ['2025-05-20', '0.0300'],
];

/** The 1-year LPR in force on a day (the first published value for days before the reform). */
export function oneYearLprOn(date: BusinessDate): string {
  let rate = ONE_YEAR_LPR[0][1];
  for (const [from, value] of ONE_YEAR_LPR) if (from <= date) rate = value;
  return rate;
}

/** A rate as shown: without trailing zeros ("0.03650000" → "0.0365", "0.0300" → "0.03"). */
export function canonicalRate(rate: string): string {
  return rate.includes('.') ? rate.replace(/0+$/, '').replace(/\.$/, '') : rate;
}

function compareDecimals(a: string, b: string): number {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  const left = x.numerator * y.scale;
  const right = y.numerator * x.scale;
  return left === right ? 0 : left < right ? -1 : 1;
}

/**
 * An agreed late-payment rate may not be below the 1-year LPR when the contract was signed
 * (SME Payment Regulation (2025) art. 17); without an agreed rate 0.05 % a day applies.
 */
export function assertLateInterestRate(rate: string, signedOn: BusinessDate): void {
  const lpr = oneYearLprOn(signedOn);
  if (compareDecimals(rate, lpr) < 0) {
    throw ruleViolation(
      'LATE_INTEREST_BELOW_LPR',
      `The agreed late-payment rate ${rate} is below the 1-year LPR of ${lpr} in force on ${signedOn}`,
    );
  }
}

import { Money, parseDecimal, ruleViolation } from '@gqt/kernel';

export interface ProductTerms {
  minAmount: string;
  maxAmount: string;
  annualRateFrom: string;
  annualRateTo: string;
}

const scaled = (rate: string, scale: bigint): bigint => {
  const d = parseDecimal(rate);
  return (d.numerator * scale) / d.scale;
};

/** Compares two decimal strings exactly: negative, zero or positive. */
export function compareDecimal(a: string, b: string): number {
  const da = parseDecimal(a);
  const db = parseDecimal(b);
  const scale = da.scale > db.scale ? da.scale : db.scale;
  const diff = scaled(a, scale) - scaled(b, scale);
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

/** A product's ranges must be ranges: positive amounts, the minimum at most the maximum; rates in (0, 1], from ≤ to. */
export function assertProductTerms(terms: ProductTerms): void {
  const min = Money.parse(terms.minAmount);
  const max = Money.parse(terms.maxAmount);
  if (!min.isPositive()) throw ruleViolation('AMOUNT_NOT_POSITIVE', 'minAmount must be more than 0');
  if (min.greaterThan(max)) {
    throw ruleViolation('PRODUCT_RANGE_INVALID', `minAmount ${terms.minAmount} is above maxAmount ${terms.maxAmount}`);
  }
  for (const rate of [terms.annualRateFrom, terms.annualRateTo]) {
    if (compareDecimal(rate, '0') <= 0 || compareDecimal(rate, '1') > 0) {
      throw ruleViolation('RATE_OUT_OF_RANGE', `The annual rate ${rate} must be above 0 and at most 1 (100 %)`);
    }
  }
  if (compareDecimal(terms.annualRateFrom, terms.annualRateTo) > 0) {
    throw ruleViolation(
      'PRODUCT_RANGE_INVALID',
      `annualRateFrom ${terms.annualRateFrom} is above annualRateTo ${terms.annualRateTo}`,
    );
  }
}

/**
 * The median of decimal rates, exactly: the middle one, or the mean of the two middle ones
 * (which may take one more decimal place); null when there are none.
 */
export function medianRate(rates: readonly string[]): string | null {
  if (rates.length === 0) return null;
  const sorted = [...rates].sort(compareDecimal);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return canonical(sorted[middle]);
  const a = parseDecimal(sorted[middle - 1]);
  const b = parseDecimal(sorted[middle]);
  const scale = (a.scale > b.scale ? a.scale : b.scale) * 10n;
  const sum = (a.numerator * scale) / a.scale + (b.numerator * scale) / b.scale;
  return canonical(formatScaled(sum / 2n, scale));
}

function formatScaled(value: bigint, scale: bigint): string {
  const digits = scale.toString().length - 1;
  const whole = value / scale;
  const fraction = (value % scale).toString().padStart(digits, '0');
  return `${whole}.${fraction}`;
}

/** "0.04200" → "0.042": rates without trailing zeros, as financing stores them. */
export const canonical = (rate: string): string => (rate.includes('.') ? rate.replace(/\.?0+$/, '') : rate);

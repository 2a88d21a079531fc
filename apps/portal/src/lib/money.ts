import { Money, parseDecimal } from '@gqt/kernel';

// Money arrives as the contract's decimal string of yuan; the portal never turns it into a
// floating-point number: it regroups the digits of the string, and adds or scales with Money (fen).

/** "1234567" → "1,234,567". */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Whether a user typed a valid amount of money (up to two decimals, no sign, no exponent). */
export function isMoneyText(text: unknown): text is string {
  return Money.isValid(text);
}

/** Normalises an amount the API accepts, e.g. "1200.5" → "1200.50". */
export function normaliseMoney(text: string): string {
  return Money.parse(text).toString();
}

/** "¥1,234,567.50" from "1234567.5"; a dash for a missing amount. */
export function formatMoney(amount: string | null | undefined, options: { symbol?: boolean } = {}): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const negative = amount.startsWith('-');
  const magnitude = negative ? amount.slice(1) : amount;
  if (!Money.isValid(magnitude)) return amount;
  const [yuan, fen] = Money.parse(magnitude).toString().split('.');
  const symbol = options.symbol === false ? '' : '¥';
  return `${negative ? '-' : ''}${symbol}${groupThousands(yuan)}.${fen}`;
}

/** The exact sum of amounts, as the contract's string. Invalid entries count as zero. */
export function sumMoney(amounts: Iterable<string | null | undefined>): string {
  let total = Money.ZERO;
  for (const amount of amounts) {
    if (amount && Money.isValid(amount)) total = total.plus(Money.parse(amount));
  }
  return total.toString();
}

export function compareMoney(a: string, b: string): number {
  return Money.parse(a).compare(Money.parse(b));
}

/**
 * The most a bank lends against receivables: its financing ratio times their outstanding total,
 * to the fen below, as the API checks it (api-contract.md § Pledge financing).
 */
export function financingLimit(outstanding: Iterable<string | null | undefined>, ratio: string): string {
  const { numerator, scale } = parseDecimal(ratio);
  return Money.ofFen((Money.parse(sumMoney(outstanding)).fen * numerator) / scale).toString();
}

/** A decimal rate or ratio as a percentage without floating point: "0.0435" → "4.35%", "0.8" → "80%". */
export function formatPercent(rate: string | null | undefined): string {
  if (rate === null || rate === undefined || rate === '') return '—';
  let decimal;
  try {
    decimal = parseDecimal(rate);
  } catch {
    return rate;
  }
  // rate × 100 = numerator × 100 / scale: print it with as many decimals as needed, up to 4.
  const hundredfold = decimal.numerator * 100n;
  const whole = hundredfold / decimal.scale;
  let remainder = hundredfold % decimal.scale;
  let fraction = '';
  while (remainder > 0n && fraction.length < 4) {
    remainder *= 10n;
    fraction += (remainder / decimal.scale).toString();
    remainder %= decimal.scale;
  }
  return `${whole}${fraction ? `.${fraction}` : ''}%`;
}

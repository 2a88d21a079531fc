import { Money, parseDecimal } from '@gqt/kernel';

// Money arrives as the contract's decimal string of yuan; the portal never turns it into a
// floating-point number: it regroups the digits of the string, and adds or scales with Money (fen).

/** "1234567" → "1,234,567". */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// "1,500.00" as the portal shows it or a spreadsheet copies it: groups of three after the first.
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d*)?$/;

/**
 * What a person typed or pasted, as the API's decimal text: spaces and a leading ¥ dropped,
 * thousands separators removed when they group correctly ("1,500.00" → "1500.00"; "1,50" stays
 * as it is and is refused, as it may mean 1.50).
 */
export function cleanMoneyText(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  const bare = text
    .replace(/[\s\u00a0]/g, '')
    .replace(/^[¥￥]/, '')
    .replace(/，/g, ',');
  return GROUPED.test(bare) ? bare.replace(/,/g, '') : bare;
}

/** Whether a user typed a valid amount of money (up to two decimals, no sign, no exponent; commas grouping thousands allowed). */
export function isMoneyText(text: unknown): text is string {
  return Money.isValid(cleanMoneyText(text));
}

/** Normalises an amount the API accepts, e.g. "1200.5" → "1200.50", "1,500" → "1500.00". */
export function normaliseMoney(text: string): string {
  return Money.parse(cleanMoneyText(text) as string).toString();
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
    if (amount && isMoneyText(amount)) total = total.plus(Money.parse(cleanMoneyText(amount) as string));
  }
  return total.toString();
}

export function compareMoney(a: string, b: string): number {
  return Money.parse(cleanMoneyText(a) as string).compare(Money.parse(cleanMoneyText(b) as string));
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

// A percentage as a person types it: up to 3 digits, up to 4 decimals ("4.35", "12", "0.5").
const PERCENT = /^\d{1,3}(\.\d{1,4})?$/;

/** Whether the text is a percentage the portal takes ("4.35" for 4.35 %; a trailing % is allowed). */
export function isPercentText(text: unknown): text is string {
  return (
    typeof text === 'string' &&
    PERCENT.test(
      text
        .trim()
        .replace(/[%％]$/, '')
        .trim(),
    )
  );
}

/** "4.35" (per cent) → "0.0435", the decimal rate the API takes; exact, without floating point. */
export function rateFromPercent(percent: string): string {
  const text = percent
    .trim()
    .replace(/[%％]$/, '')
    .trim();
  if (!PERCENT.test(text)) throw new Error(`Not a percentage: ${percent}`);
  const [whole, fraction = ''] = text.split('.');
  const digits = BigInt(whole + fraction);
  const places = fraction.length + 2;
  const scale = 10n ** BigInt(places);
  const decimals = (digits % scale).toString().padStart(places, '0').replace(/0+$/, '');
  return `${digits / scale}${decimals ? `.${decimals}` : ''}`;
}

/** "0.0435" → "4.35": a decimal rate as the number of per cent, for a percentage input. */
export function percentFromRate(rate: string | null | undefined): string {
  if (rate === null || rate === undefined || rate === '') return '';
  const shown = formatPercent(rate);
  return shown.endsWith('%') ? shown.slice(0, -1) : shown;
}

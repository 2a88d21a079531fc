import { invalid } from './domain-error';

// api-contract.md § Conventions: money is a string of yuan with at most two decimals; no
// exponents, no signs, never floating point. Held as integer fen (bigint).
const MONEY_PATTERN = /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/;

/** Rounds a non-negative rational numerator/denominator half up to an integer. */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** A parsed decimal string as numerator / 10^scale, exactly. */
export interface Decimal {
  numerator: bigint;
  scale: bigint;
}

const DECIMAL_PATTERN = /^(0|[1-9]\d{0,15})(\.\d{1,12})?$/;

export function parseDecimal(text: string): Decimal {
  if (!DECIMAL_PATTERN.test(text)) throw invalid('VALIDATION_FAILED', `"${text}" is not a decimal number`);
  const [whole, fraction = ''] = text.split('.');
  return { numerator: BigInt(whole + fraction), scale: 10n ** BigInt(fraction.length) };
}

export class Money {
  static readonly ZERO = new Money(0n);

  private constructor(readonly fen: bigint) {}

  static isValid(text: unknown): text is string {
    return typeof text === 'string' && MONEY_PATTERN.test(text);
  }

  /** Parses the contract's money string; the caller has validated the input already. */
  static parse(text: string): Money {
    if (!Money.isValid(text)) throw invalid('VALIDATION_FAILED', `"${String(text)}" is not an amount of money`);
    const [yuan, fraction = ''] = text.split('.');
    return new Money(BigInt(yuan) * 100n + BigInt(fraction.padEnd(2, '0')));
  }

  static ofFen(fen: bigint | number | string): Money {
    return new Money(BigInt(fen));
  }

  static sum(amounts: Iterable<Money>): Money {
    let fen = 0n;
    for (const amount of amounts) fen += amount.fen;
    return new Money(fen);
  }

  plus(other: Money): Money {
    return new Money(this.fen + other.fen);
  }

  minus(other: Money): Money {
    return new Money(this.fen - other.fen);
  }

  /** This amount times a decimal factor (a ratio or a rate), rounded half up to the fen. */
  times(factor: string | Decimal): Money {
    const { numerator, scale } = typeof factor === 'string' ? parseDecimal(factor) : factor;
    return new Money(roundHalfUp(this.fen * numerator, scale));
  }

  compare(other: Money): number {
    return this.fen === other.fen ? 0 : this.fen < other.fen ? -1 : 1;
  }

  equals(other: Money): boolean {
    return this.fen === other.fen;
  }

  greaterThan(other: Money): boolean {
    return this.fen > other.fen;
  }

  lessThan(other: Money): boolean {
    return this.fen < other.fen;
  }

  isZero(): boolean {
    return this.fen === 0n;
  }

  isPositive(): boolean {
    return this.fen > 0n;
  }

  /** "125000.00": the contract's representation, also what NUMERIC(18,2) columns take. */
  toString(): string {
    const sign = this.fen < 0n ? '-' : '';
    const abs = this.fen < 0n ? -this.fen : this.fen;
    return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
  }

  toJSON(): string {
    return this.toString();
  }
}

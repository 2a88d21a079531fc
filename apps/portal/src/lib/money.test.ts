import { describe, expect, it } from 'vitest';
import {
  financingLimit,
  formatMoney,
  formatPercent,
  groupThousands,
  isMoneyText,
  normaliseMoney,
  sumMoney,
} from './money';

describe('formatMoney', () => {
  it.each([
    ['0', '¥0.00'],
    ['0.5', '¥0.50'],
    ['999.99', '¥999.99'],
    ['1000', '¥1,000.00'],
    ['125000.00', '¥125,000.00'],
    ['1234567.89', '¥1,234,567.89'],
    ['8000000000.00', '¥8,000,000,000.00'],
    // Beyond 2^53 fen: a float would lose the last digits.
    ['9999999999999999.99', '¥9,999,999,999,999,999.99'],
    ['-1234.5', '-¥1,234.50'],
  ])('formats %s as %s', (amount, expected) => {
    expect(formatMoney(amount)).toBe(expected);
  });

  it('can leave the currency sign out', () => {
    expect(formatMoney('1234.5', { symbol: false })).toBe('1,234.50');
  });

  it('shows a dash for a missing amount and leaves anything else as it came', () => {
    expect(formatMoney(null)).toBe('—');
    expect(formatMoney(undefined)).toBe('—');
    expect(formatMoney('')).toBe('—');
    expect(formatMoney('abc')).toBe('abc');
  });
});

describe('groupThousands', () => {
  it('groups digits by three from the right', () => {
    expect(groupThousands('1')).toBe('1');
    expect(groupThousands('1234')).toBe('1,234');
    expect(groupThousands('123456789')).toBe('123,456,789');
  });
});

describe('money input', () => {
  it('accepts what the API accepts and nothing else', () => {
    for (const ok of ['0', '1', '12500', '12500.5', '12500.50', '0.01']) expect(isMoneyText(ok)).toBe(true);
    for (const bad of ['', '-1', '1.234', '1e5', '01', '1,000', ' 1', '１２', 'NaN'])
      expect(isMoneyText(bad)).toBe(false);
  });

  it('normalises to two decimals', () => {
    expect(normaliseMoney('1200.5')).toBe('1200.50');
    expect(normaliseMoney('7')).toBe('7.00');
  });
});

describe('sumMoney', () => {
  it('adds exactly where floating point would not', () => {
    expect(sumMoney(['0.1', '0.2'])).toBe('0.30');
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumMoney(['300000.00', '200000.50'])).toBe('500000.50');
  });

  it('ignores missing and invalid amounts', () => {
    expect(sumMoney(['1.00', null, undefined, '', 'x'])).toBe('1.00');
    expect(sumMoney([])).toBe('0.00');
  });
});

describe('financingLimit', () => {
  it('is the ratio times the outstanding total', () => {
    expect(financingLimit(['500000.50'], '0.80')).toBe('400000.40');
    expect(financingLimit(['300000.00', '200000.00'], '0.9')).toBe('450000.00');
  });

  it('rounds down to the fen, as the API compares', () => {
    // 0.85 × 0.99 = 0.8415 → 0.84, never 0.85
    expect(financingLimit(['0.99'], '0.85')).toBe('0.84');
    expect(financingLimit(['1000.01'], '0.80')).toBe('800.00');
  });

  it('is zero when nothing is picked', () => {
    expect(financingLimit([], '0.80')).toBe('0.00');
  });
});

describe('formatPercent', () => {
  it.each([
    ['0.80', '80%'],
    ['0.8', '80%'],
    ['0.0435', '4.35%'],
    ['0.0005', '0.05%'],
    ['1', '100%'],
  ])('shows %s as %s', (rate, expected) => {
    expect(formatPercent(rate)).toBe(expected);
  });

  it('shows a dash when there is no rate', () => {
    expect(formatPercent(null)).toBe('—');
  });
});

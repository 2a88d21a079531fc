import { describe, expect, it } from 'vitest';
import {
  compareMoney,
  financingLimit,
  formatMoney,
  formatPercent,
  groupThousands,
  isMoneyText,
  isPercentText,
  normaliseMoney,
  percentFromRate,
  rateFromPercent,
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
    // Commas grouping thousands and surrounding spaces are the reader's, not errors: see below.
    for (const bad of ['', '-1', '1.234', '1e5', '01', '1,00', '１２', 'NaN']) expect(isMoneyText(bad)).toBe(false);
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

describe('amounts as people paste them, rates as they say them', () => {
  it('accepts commas grouping thousands, as the portal shows amounts and Excel copies them', () => {
    expect(isMoneyText('1,500.00')).toBe(true);
    expect(normaliseMoney('1,500.00')).toBe('1500.00');
    expect(normaliseMoney('¥12,345,678.9')).toBe('12345678.90');
    expect(normaliseMoney(' 1 500 ')).toBe('1500.00');
    expect(normaliseMoney('1，500')).toBe('1500.00');
    expect(sumMoney(['1,000.10', '2,000'])).toBe('3000.10');
    expect(compareMoney('1,500', '1500.00')).toBe(0);
  });

  it('refuses commas that do not group thousands (they may be a decimal comma)', () => {
    expect(isMoneyText('1,50')).toBe(false);
    expect(isMoneyText('15,00,000')).toBe(false);
    expect(isMoneyText('1,500.005')).toBe(false);
    expect(isMoneyText(',500')).toBe(false);
  });

  it('turns a percentage into the API’s decimal rate exactly, and back', () => {
    expect(rateFromPercent('4.35')).toBe('0.0435');
    expect(rateFromPercent('4.35%')).toBe('0.0435');
    expect(rateFromPercent('12')).toBe('0.12');
    expect(rateFromPercent('0.5')).toBe('0.005');
    expect(rateFromPercent('100')).toBe('1');
    expect(rateFromPercent('3.6525')).toBe('0.036525');
    expect(percentFromRate('0.0435')).toBe('4.35');
    expect(isPercentText('4.35')).toBe(true);
    expect(isPercentText('0.0435')).toBe(true);
    expect(isPercentText('-1')).toBe(false);
    expect(isPercentText('4,35')).toBe(false);
    expect(() => rateFromPercent('abc')).toThrow();
  });
});

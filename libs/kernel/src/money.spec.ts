import { Money, roundHalfUp } from './money';

describe('Money', () => {
  it.each([
    ['125000', '125000.00'],
    ['125000.5', '125000.50'],
    ['0.5', '0.50'],
    ['0', '0.00'],
    ['9999999999999999.99', '9999999999999999.99'],
  ])('parses %s as %s', (text, shown) => expect(Money.parse(text).toString()).toBe(shown));

  it.each(['-1', '1.001', '1e5', '01', '', ' 1', '1.', '.5', '1,000', 'NaN'])('refuses %p', (text) =>
    expect(() => Money.parse(text)).toThrow(),
  );

  it('adds and subtracts exactly where floating point would not', () => {
    expect(Money.parse('0.1').plus(Money.parse('0.2')).toString()).toBe('0.30');
    expect(Money.sum(['300000.00', '200000.50'].map(Money.parse)).toString()).toBe('500000.50');
    expect(Money.parse('1.00').minus(Money.parse('1.01')).toString()).toBe('-0.01');
  });

  it('multiplies by a decimal factor rounding half up to the fen', () => {
    expect(Money.parse('100000.00').times('0.80').toString()).toBe('80000.00');
    expect(Money.parse('0.01').times('0.5').toString()).toBe('0.01'); // 0.5 fen rounds up
    expect(Money.parse('0.01').times('0.49').toString()).toBe('0.00');
    expect(Money.parse('500000.50').times('0.0005').toString()).toBe('250.00'); // 250.00025
  });

  it('rounds half up', () => {
    expect(roundHalfUp(5n, 10n)).toBe(1n);
    expect(roundHalfUp(4n, 10n)).toBe(0n);
    expect(roundHalfUp(15n, 10n)).toBe(2n);
  });

  it('serialises to the contract string', () => {
    expect(JSON.stringify({ amount: Money.parse('7') })).toBe('{"amount":"7.00"}');
  });
});

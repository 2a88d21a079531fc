import { assertLateInterestRate, oneYearLprOn } from './loan-prime-rate';

describe('the 1-year LPR floor of an agreed late-payment rate', () => {
  it('knows the rate in force on a day', () => {
    expect(oneYearLprOn('2024-10-20')).toBe('0.0335');
    expect(oneYearLprOn('2024-10-21')).toBe('0.0310');
    expect(oneYearLprOn('2025-05-19')).toBe('0.0310');
    expect(oneYearLprOn('2025-05-20')).toBe('0.0300');
    expect(oneYearLprOn('2026-11-30')).toBe('0.0300');
  });

  it('accepts a rate at or above the LPR at signing', () => {
    expect(() => assertLateInterestRate('0.03', '2025-06-01')).not.toThrow();
    expect(() => assertLateInterestRate('0.0365', '2025-06-01')).not.toThrow();
  });

  it('refuses a rate below the LPR at signing with 422 LATE_INTEREST_BELOW_LPR', () => {
    expect(() => assertLateInterestRate('0.0309', '2025-01-01')).toThrow(
      expect.objectContaining({ kind: 'RULE', code: 'LATE_INTEREST_BELOW_LPR' }),
    );
    expect(() => assertLateInterestRate('0.0309', '2025-06-01')).not.toThrow();
  });
});

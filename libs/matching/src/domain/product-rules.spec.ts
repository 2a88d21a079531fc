import { assertProductTerms, medianRate } from './product-rules';

describe('product terms', () => {
  const terms = { minAmount: '10000', maxAmount: '5000000.00', annualRateFrom: '0.035', annualRateTo: '0.06' };

  it('accepts ranges that are ranges', () => {
    expect(() => assertProductTerms(terms)).not.toThrow();
    expect(() => assertProductTerms({ ...terms, maxAmount: '10000.00', annualRateTo: '0.0350' })).not.toThrow();
  });

  it('refuses a minimum above the maximum, and rates out of order or range', () => {
    expect(() => assertProductTerms({ ...terms, minAmount: '5000000.01' })).toThrow(
      expect.objectContaining({ code: 'PRODUCT_RANGE_INVALID' }),
    );
    expect(() => assertProductTerms({ ...terms, annualRateFrom: '0.07' })).toThrow(
      expect.objectContaining({ code: 'PRODUCT_RANGE_INVALID' }),
    );
    expect(() => assertProductTerms({ ...terms, annualRateTo: '1.01' })).toThrow(
      expect.objectContaining({ code: 'RATE_OUT_OF_RANGE' }),
    );
    expect(() => assertProductTerms({ ...terms, annualRateFrom: '0' })).toThrow(
      expect.objectContaining({ code: 'RATE_OUT_OF_RANGE' }),
    );
  });
});

describe('median best-offer rate', () => {
  it('is the middle rate, or the exact mean of the two middle ones', () => {
    expect(medianRate([])).toBeNull();
    expect(medianRate(['0.0420'])).toBe('0.042');
    expect(medianRate(['0.05', '0.0385', '0.0420'])).toBe('0.042');
    expect(medianRate(['0.0385', '0.0420'])).toBe('0.04025');
    expect(medianRate(['0.04', '0.03', '0.05', '0.06'])).toBe('0.045');
  });
});

import { checkPolicyTerms, canonicalShare, DEFAULT_POLICY_TERMS } from './policy';

describe("a year's procurement policy", () => {
  it('keeps shares canonical: "0.3000" is "0.30", "0.425" stays', () => {
    expect(canonicalShare('0.3000')).toBe('0.30');
    expect(canonicalShare('0.425')).toBe('0.425');
    expect(canonicalShare('1')).toBe('1.00');
    expect(checkPolicyTerms({ ...DEFAULT_POLICY_TERMS, reservedShareMin: '0.4000' }).reservedShareMin).toBe('0.40');
  });

  it('names every wrong field: shares above 1, thresholds of nothing, payment beyond 60 days', () => {
    try {
      checkPolicyTerms({
        reservedShareMin: '1.5',
        smallMicroShareMin: '0.60',
        smallProjectThresholds: { goodsServices: '0', works: '4000000.00' },
        paymentDays: 61,
      });
      throw new Error('accepted');
    } catch (error) {
      const fields = (error as { details: { fieldErrors: { field: string }[] } }).details.fieldErrors.map(
        (e) => e.field,
      );
      expect(fields).toEqual(['reservedShareMin', 'smallProjectThresholds.goodsServices', 'paymentDays']);
    }
  });
});

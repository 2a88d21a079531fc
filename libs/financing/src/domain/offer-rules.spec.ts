import { interestOf } from '../financing-offer-view';
import { assertValidity, expiryOf } from './offer-rules';

const now = new Date('2026-12-07T08:00:00.000Z');

describe('competing offers', () => {
  it('an OPEN request expires 7 days later by default, or when the SME says within 30 days', () => {
    expect(expiryOf(undefined, now, 7).toISOString()).toBe('2026-12-14T08:00:00.000Z');
    const chosen = new Date('2026-12-10T00:00:00.000Z');
    expect(expiryOf(chosen, now, 7)).toBe(chosen);
    expect(() => expiryOf(new Date('2026-12-07T07:59:59.000Z'), now, 7)).toThrow(
      expect.objectContaining({ code: 'EXPIRY_OUT_OF_RANGE' }),
    );
    expect(() => expiryOf(new Date('2027-01-07T08:00:01.000Z'), now, 7)).toThrow(
      expect.objectContaining({ code: 'EXPIRY_OUT_OF_RANGE' }),
    );
  });

  it('an offer must be valid beyond now', () => {
    expect(() => assertValidity(new Date(now.getTime() + 1), now)).not.toThrow();
    expect(() => assertValidity(now, now)).toThrow(expect.objectContaining({ code: 'VALIDITY_IN_PAST' }));
  });

  it('interest over the term is exact, actual/365, rounded half up once', () => {
    // 60000.00 × 0.0385 × 90 / 365 = 569.5890… → 569.59
    expect(interestOf('60000.00', '0.0385', 90).toString()).toBe('569.59');
    expect(interestOf('60000', '0.042', 90).toString()).toBe('621.37');
    expect(interestOf('365.00', '0.1', 1).toString()).toBe('0.10');
  });
});

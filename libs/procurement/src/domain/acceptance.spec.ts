import { Money } from '@gqt/kernel';
import { checkAcceptance } from './acceptance';

const award = { signedOn: '2026-03-01', amount: Money.parse('600000.00'), accepted: Money.parse('400000.00') };
const codeOf = (acceptedOn: string, amount: string) => {
  try {
    checkAcceptance({ acceptedOn, amount: Money.parse(amount) }, award, '2026-04-01');
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('accepting a delivery under an award', () => {
  it('accepts up to what is left of the award, and no fen more', () => {
    expect(codeOf('2026-04-01', '200000.00')).toBeNull();
    expect(codeOf('2026-04-01', '200000.01')).toBe('AMOUNT_EXCEEDS_AWARD');
  });

  it('refuses a day after today or before the signing (400)', () => {
    expect(codeOf('2026-04-02', '1.00')).toBe('VALIDATION_FAILED');
    expect(codeOf('2026-02-28', '1.00')).toBe('VALIDATION_FAILED');
    expect(codeOf('2026-03-01', '1.00')).toBeNull();
  });
});

import { Money } from '@gqt/kernel';
import { assertWithinBudget, checkAward, countedAmounts } from './award';

const yuan = (text: string) => Money.parse(text);
const codeOf = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('an award and its supplier size class at signing', () => {
  it('gives a large supplier shares within the amount, small-micro within the SME part', () => {
    const figures = checkAward(
      { amount: yuan('1000.00'), signedOn: '2026-03-01', smeShare: yuan('400.00'), smallMicroShare: yuan('100.00') },
      'LARGE',
      '2026-03-02',
    );
    expect(countedAmounts(figures)).toEqual({ toSme: yuan('400.00'), toSmallMicro: yuan('100.00') });
    const over = {
      amount: yuan('1000.00'),
      signedOn: '2026-03-01',
      smeShare: yuan('400.00'),
      smallMicroShare: yuan('400.01'),
    };
    expect(codeOf(() => checkAward(over, 'LARGE', '2026-03-02'))).toBe('SHARE_EXCEEDS_AWARD');
    expect(codeOf(() => checkAward({ ...over, smeShare: yuan('1000.01') }, 'LARGE', '2026-03-02'))).toBe(
      'SHARE_EXCEEDS_AWARD',
    );
  });

  it('refuses shares for a supplier that is itself an SME: its whole contract counts by its class', () => {
    const input = { amount: yuan('1000.00'), signedOn: '2026-03-01', smeShare: yuan('10.00') };
    expect(codeOf(() => checkAward(input, 'MEDIUM', '2026-03-02'))).toBe('SHARE_NOT_APPLICABLE');
    const medium = checkAward({ amount: yuan('1000.00'), signedOn: '2026-03-01' }, 'MEDIUM', '2026-03-02');
    expect(countedAmounts(medium)).toEqual({ toSme: yuan('1000.00'), toSmallMicro: Money.ZERO });
    const micro = checkAward({ amount: yuan('1000.00'), signedOn: '2026-03-01' }, 'MICRO', '2026-03-02');
    expect(countedAmounts(micro)).toEqual({ toSme: yuan('1000.00'), toSmallMicro: yuan('1000.00') });
  });

  it('refuses a contract signed in the future (400)', () => {
    expect(codeOf(() => checkAward({ amount: yuan('1.00'), signedOn: '2026-03-03' }, 'SMALL', '2026-03-02'))).toBe(
      'VALIDATION_FAILED',
    );
  });

  it("keeps a project's awards within its budget, to the fen", () => {
    expect(codeOf(() => assertWithinBudget(yuan('600.00'), yuan('400.00'), yuan('1000.00')))).toBeNull();
    expect(codeOf(() => assertWithinBudget(yuan('600.00'), yuan('400.01'), yuan('1000.00')))).toBe(
      'AWARDS_EXCEED_BUDGET',
    );
  });
});
